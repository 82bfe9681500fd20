using System.Globalization;
using OneWindow.Common.Time;
using OneWindow.Events;

namespace OneWindow.Review.Tests;

/// <summary>
/// Deadlines across the 2026/2027 boundary (issue 20): counted Monday to Friday into a year the district has not
/// loaded, marked provisional, and counted again, and told, once the district loads the year. Its own class: the
/// calendar a service keeps is the district's, the same for every test of the host.
/// </summary>
public sealed class ProvisionalDeadlineTests(ReviewFactory review) : IClassFixture<ReviewFactory>
{
    [Fact]
    public async Task A_deadline_reaching_into_a_year_not_loaded_is_provisional_then_recounted_and_told_when_the_district_loads_it()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        // Accepted on Monday 2026-12-07 with 30 working days: 18 in December, and 12 counted Monday to Friday in
        // 2027, whose calendar nobody has loaded: Friday 1 January is counted as worked, so the deadline is 18 January.
        var accepted = ReviewFactory.Accepted(team.Centre, at: ChinaTime.StartOfDay(new DateOnly(2026, 12, 7)).AddHours(10), workingDays: 30);
        var withinTheYear = ReviewFactory.Accepted(team.Centre, at: ChinaTime.StartOfDay(new DateOnly(2026, 12, 7)).AddHours(10), workingDays: 5);
        var file = await review.AcceptAsync(accepted);
        var final = await review.AcceptAsync(withinTheYear);

        Assert.True(file.GetProperty("deadlineProvisional").GetBoolean());
        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2027, 1, 18)), Deadline(file), TimeSpan.FromSeconds(1));
        Assert.False(final.GetProperty("deadlineProvisional").GetBoolean());
        await review.WatchAsync();
        Assert.Equal(0, await review.WrittenAsync("file-deadline-changed", accepted.FileId.ToString()));

        await review.PublishAsync(new WorkingCalendarChanged
        {
            OccurredAt = TimeProvider.System.GetUtcNow(),
            Tenant = null,
            Year = 2027,
            Version = 1,
            Holidays = [new("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), new("春节", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 12))],
            WorkingWeekends = [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 13)],
        }, "hr-payroll");
        await review.EventuallyAsync(() => review.CountAsync(team.Centre, "SELECT count(*) FROM working_calendar_years WHERE year = 2027"), stored => stored == 1);
        await review.WatchAsync();

        // New Year's Day is off: the twelfth working day of 2027 is Tuesday 19 January.
        var recounted = await review.FileAsync(team.Centre, accepted.FileId, f => !f.GetProperty("deadlineProvisional").GetBoolean());
        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2027, 1, 19)), Deadline(recounted), TimeSpan.FromSeconds(1));
        var told = Assert.Single(await review.PublishedAsync("file-deadline-changed", accepted.FileId.ToString()));
        Assert.False(told.GetProperty("provisional").GetBoolean());
        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2027, 1, 19)), told.GetProperty("deadline").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        await review.WatchAsync();
        Assert.Equal(1, await review.WrittenAsync("file-deadline-changed", accepted.FileId.ToString()));
        Assert.Equal(0, await review.WrittenAsync("file-deadline-changed", withinTheYear.FileId.ToString()));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'recount-deadline'"));
    }

    private static DateTimeOffset Deadline(System.Text.Json.JsonElement file) =>
        DateTimeOffset.Parse(file.Str("deadline"), CultureInfo.InvariantCulture);
}
