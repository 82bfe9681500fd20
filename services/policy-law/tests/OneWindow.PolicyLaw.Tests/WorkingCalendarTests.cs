using System.Globalization;
using Npgsql;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;
using OneWindow.Events;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>
/// An approval deadline policy-law counts itself (a file that came without review's) is counted on the district's
/// calendar (docs/adr/0024), not on the years shipped with the platform. Its own class: the calendar a service keeps is
/// the district's, the same for every test of the host.
/// </summary>
public sealed class WorkingCalendarTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    [Fact]
    public async Task A_file_passed_on_New_Years_Eve_without_a_deadline_is_due_on_the_year_the_district_loaded()
    {
        await policyLaw.PublishAsync(new WorkingCalendarChanged
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = null,
            Year = 2031,
            Version = 1,
            Holidays = [new("元旦", new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 1))],
            WorkingWeekends = [],
        }, "hr-payroll");
        await policyLaw.EventuallyAsync(StoredAsync, stored => stored == 1);

        // Tuesday 31 December 2030, 10 working days: on the seed alone (2031 not shipped) New Year's Day would count.
        var passedAt = ChinaTime.StartOfDay(new DateOnly(2030, 12, 31)).AddHours(10);
        var approval = await ApprovalFlow.ArriveAsync(policyLaw, ApprovalFlow.Reviewed("jiangpu", "elderly-allowance") with { OccurredAt = passedAt });

        var deadline = DateTimeOffset.Parse(approval.Str("deadline"), CultureInfo.InvariantCulture);
        Assert.NotEqual(WorkingDayCalendar.China.DeadlineFor(passedAt, 10), deadline);
        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2031, 1, 15)), deadline, TimeSpan.FromSeconds(1));
    }

    private async Task<long> StoredAsync()
    {
        await using var connection = await policyLaw.OpenAppConnectionAsync(null, districtWide: true);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM working_calendar_years WHERE year = 2031", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
