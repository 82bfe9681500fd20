using OneWindow.Common.Calendar;
using OneWindow.Common.Time;
using OneWindow.Review.Domain.Deadlines;

namespace OneWindow.Review.Tests.Domain;

public sealed class DeadlineClockTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Theory]
    // deadline day, paused on, resumed on, new deadline day
    [InlineData("2026-12-04", "2026-11-23", "2026-11-23", "2026-12-04")] // returned and supplemented the same day: nothing lost
    [InlineData("2026-12-04", "2026-11-23", "2026-11-25", "2026-12-08")] // Tue and Wed stood still: two working days on
    [InlineData("2026-12-04", "2026-11-27", "2026-11-30", "2026-12-07")] // over a weekend: only Monday counts
    [InlineData("2026-10-09", "2026-09-30", "2026-10-09", "2026-10-12")] // National Day off; Sat 10-10 is an adjusted working day
    [InlineData("2026-02-27", "2026-02-13", "2026-02-24", "2026-03-02")] // Spring Festival: working Sat 02-14 counts, Sat 02-28 is worked
    public void A_pause_for_supplement_moves_the_deadline_by_the_working_days_it_lasted(string deadline, string pausedOn, string resumedOn, string expected)
    {
        var resumed = DeadlineClock.Resume(ChinaTime.EndOfDay(Day(deadline)), At(pausedOn, 10), At(resumedOn, 15), China);

        Assert.Equal(ChinaTime.EndOfDay(Day(expected)), resumed);
    }

    [Theory]
    [InlineData("2026-09-28", 5)]
    [InlineData("2026-09-28", 10)]
    [InlineData("2026-02-10", 15)]
    [InlineData("2026-11-23", 30)]
    [InlineData("2026-04-30", 20)]
    public void The_time_limit_read_back_from_a_deadline_is_the_limit_it_was_computed_from(string acceptedOn, int workingDays)
    {
        var accepted = At(acceptedOn, 9);

        Assert.Equal(workingDays, DeadlineClock.TimeLimitOf(accepted, China.DeadlineFor(accepted, workingDays), China));
    }

    [Fact]
    public void The_warning_falls_when_a_fifth_of_the_statutory_span_is_left()
    {
        var accepted = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8));
        var deadline = accepted.AddDays(10);

        Assert.Equal(TimeSpan.FromDays(2), DeadlineClock.WarningLead(accepted, deadline));
        Assert.Equal(TimeSpan.Zero, DeadlineClock.WarningLead(deadline, accepted));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string day, int hour) => ChinaTime.StartOfDay(Day(day)).AddHours(hour);
}
