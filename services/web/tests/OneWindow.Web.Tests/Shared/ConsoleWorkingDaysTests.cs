using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Tests.Components;

namespace OneWindow.Web.Tests.Shared;

/// <summary>
/// The console counts days left on the district's calendar as hr-payroll holds it (docs/adr/0024), not on the seed
/// shipped with it, and its own health says so from 1 October while next year is missing.
/// </summary>
public sealed class ConsoleWorkingDaysTests
{
    private static readonly FakeTimeProvider December = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Days_left_reaching_into_a_year_the_district_loaded_are_counted_on_its_holidays_and_the_console_is_healthy_again()
    {
        var last = new LastCalendarRead();
        var check = new NextYearCalendarCheck(last, December);
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(check)).Status);
        var hrPayroll = new AnsweringInvoker();
        hrPayroll.Answer(new CalendarYears
        {
            NextYear = 2027,
            Years =
            {
                new CalendarYear
                {
                    Year = 2027, Version = 1,
                    Holidays = { new CalendarHoliday { Name = "元旦", From = "2027-01-01", To = "2027-01-01" } },
                    WorkingWeekends = { "2027-02-20" },
                },
            },
        });

        var calendar = await new ConsoleWorkingDays(new WorkingCalendar.WorkingCalendarClient(hrPayroll), last).CurrentAsync();

        // From Thursday 31 December to Monday 4 January: one working day on the district's calendar, two on the seed's Monday to Friday.
        var left = FileDeadline.Of("2026-12-01T10:00:00+08:00", "2027-01-04T17:00:00+08:00", overdue: false, At("2026-12-31T10:00:00+08:00"), calendar);
        Assert.Equal(1, left.WorkingDaysLeft);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(check)).Status);
    }

    [Fact]
    public async Task When_hr_payroll_cannot_answer_the_console_counts_with_the_last_calendar_it_read_and_says_next_year_is_missing()
    {
        var last = new LastCalendarRead();
        var hrPayroll = new AnsweringInvoker();
        hrPayroll.Refuse(new Google.Rpc.Status { Code = (int)Grpc.Core.StatusCode.Unavailable, Message = "hr-payroll is not answering" });

        var calendar = await new ConsoleWorkingDays(new WorkingCalendar.WorkingCalendarClient(hrPayroll), last).CurrentAsync();

        Assert.Same(last.Current, calendar);
        Assert.False(calendar.Covers(2027));
        var health = await CheckAsync(new NextYearCalendarCheck(last, December));
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("2027", health.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> CheckAsync(NextYearCalendarCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("working-calendar", check, HealthStatus.Degraded, [OneWindow.ServiceDefaults.HealthExtensions.Ready]) });

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
