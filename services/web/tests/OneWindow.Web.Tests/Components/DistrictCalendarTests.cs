using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The district admin's working-day calendar: the years held, next year missing from October, a year entered from the notice.</summary>
public sealed class DistrictCalendarTests : BunitContext
{
    private readonly AnsweringInvoker _hr = new();

    public DistrictCalendarTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero)));
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new WorkingCalendar.WorkingCalendarClient(_hr));
        AddAuthorization().SetAuthorized("yangpu-admin").SetRoles("district-admin").SetClaims(new Claim("district", "yangpu"));
        _hr.Answer(new CalendarYears
        {
            NextYear = 2027,
            NextYearMissing = true,
            Years =
            {
                new CalendarYear { Year = 2025, Version = 0, Holidays = { new CalendarHoliday { Name = "元旦", From = "2025-01-01", To = "2025-01-01" } } },
                new CalendarYear
                {
                    Year = 2026, Version = 2, LoadedBy = "yangpu-admin", LoadedAt = "2026-11-03T02:00:00Z", Reason = "国务院办公厅更正通知",
                    Holidays = { new CalendarHoliday { Name = "春节", From = "2026-02-15", To = "2026-02-23" } },
                    WorkingWeekends = { "2026-02-14" },
                },
            },
        });
    }

    [Fact]
    public void The_years_held_show_the_seed_and_who_loaded_a_correction_and_why_and_next_year_is_said_to_be_missing()
    {
        var page = Render<DistrictCalendar>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=calendar-year]").Count));
        var rows = page.FindAll("[data-test=calendar-year]");
        Assert.Contains("平台预置", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("第2版", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("春节 2026-02-15至2026-02-23", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("国务院办公厅更正通知", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("2027年工作日历尚未载入", page.Find("[data-test=next-year-missing]").TextContent, StringComparison.Ordinal);
        Assert.Equal("2027", page.Find("[data-test=year]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-test=reason]"));
    }

    [Fact]
    public void Next_years_holidays_and_worked_weekends_are_sent_as_entered()
    {
        _hr.AnswerFrom<LoadCalendarYearRequest, CalendarYear>(request => new CalendarYear { Year = request.Year, Version = 1 });
        var page = Render<DistrictCalendar>();
        page.WaitForAssertion(() => page.Find("[data-test=add-holiday]"));

        page.Find("[data-test=add-holiday]").Click();
        var rows = page.FindAll("[data-test=holiday-row]");
        rows[1].QuerySelector("[data-test=holiday-name]")!.Change("春节");
        page.FindAll("[data-test=holiday-from]")[1].Change("2027-02-06");
        page.FindAll("[data-test=holiday-to]")[1].Change("2027-02-12");
        page.Find("[data-test=add-worked-day]").Click();
        page.Find("[data-test=worked-day]").Change("2027-02-13");
        page.Find("form.calendar-form").Submit();

        var sent = Assert.Single(_hr.Sent.OfType<LoadCalendarYearRequest>());
        Assert.Equal(2027, sent.Year);
        Assert.Equal([("元旦", "2027-01-01", "2027-01-01"), ("春节", "2027-02-06", "2027-02-12")], sent.Holidays.Select(h => (h.Name, h.From, h.To)));
        Assert.Equal(["2027-02-13"], sent.WorkingWeekends);
        page.WaitForAssertion(() => Assert.Contains("2027年工作日历已载入", page.Find("[data-test=load-done]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_already_held_asks_for_the_reason_and_a_refusal_is_shown_in_words()
    {
        var page = Render<DistrictCalendar>();
        page.WaitForAssertion(() => page.Find("[data-test=year]"));

        page.Find("[data-test=year]").Change("2026");

        Assert.NotNull(page.Find("[data-test=reason]"));
        _hr.Refuse(new Google.Rpc.Status
        {
            Code = (int)Grpc.Core.StatusCode.AlreadyExists,
            Message = "2026 is already loaded (version 2): a new version needs a reason.",
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "calendar-year-loaded", Domain = "onewindow" }) },
        });
        page.Find("form.calendar-form").Submit();
        page.WaitForAssertion(() => Assert.Contains("如需更正，请填写更正原因", page.Find("[data-test=load-refusal]").TextContent, StringComparison.Ordinal));
    }
}
