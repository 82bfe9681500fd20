using System.Security.Claims;
using Bunit;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The district's centres side by side: the period named in the address, and its chart never another period's.</summary>
public sealed class DistrictTests : BunitContext
{
    private readonly AnsweringInvoker _answers = new();
    private readonly HoldingInvoker _intake;

    public DistrictTests()
    {
        _intake = new HoldingInvoker(_answers, "CompareCentres");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Intake.V1.Statistics.StatisticsClient(_intake));
        Services.AddSingleton(new HrPayroll.V1.WorkingCalendar.WorkingCalendarClient(_answers));
        AddAuthorization().SetAuthorized("yangpu-admin").SetRoles("district-admin").SetClaims(new Claim("district", "yangpu"));
    }

    [Fact]
    public async Task While_the_months_figures_are_read_the_days_chart_is_no_longer_shown()
    {
        _intake.Release(Comparison(StatisticsPeriod.Day, "2026年12月6日"));
        var page = Render<District>();
        await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("[data-test=chart-centres]")));

        Services.GetRequiredService<NavigationManager>().NavigateTo("/district?period=month");

        await page.WaitForAssertionAsync(() => Assert.Equal(StatisticsPeriod.Month, _answers.Sent.OfType<GetStatisticsRequest>().Last().Period));
        Assert.Empty(page.FindAll("[data-test=chart-centres]"));
        Assert.Empty(page.FindAll("[data-test=comparison-title]"));
    }

    [Fact]
    public async Task The_centres_side_by_side_export_with_the_districts_total_last_and_the_fees_in_yuan()
    {
        var comparison = Comparison(StatisticsPeriod.Month, "2026年12月");
        comparison.From = "2026-12-01";
        comparison.To = "2026-12-06";
        comparison.Centres[0].Collected = "1250.5";
        comparison.District.Collected = "1250.5";
        _intake.Release(comparison);
        var page = Render<District>();
        await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("[data-test=centre-row]")));

        page.Find("[data-test=export-excel]").Click();

        await page.WaitForAssertionAsync(() => Assert.Single(JSInterop.Handed()));
        var (name, content) = JSInterop.Handed()[0];
        Assert.StartsWith("各中心对比（2026-12-01至2026-12-06）-", name, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["jiangpu", "全区合计"], sheet.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()));
        Assert.Equal("收费金额（元）", sheet.Cell(1, 9).GetString());
        Assert.Equal(1250.5, sheet.Cell(2, 9).GetDouble());
    }

    private static CentreComparison Comparison(StatisticsPeriod period, string title) => new()
    {
        Period = period,
        Title = title,
        Centres = { new CentreRow { Centre = "jiangpu" } },
        District = new CentreRow { Centre = "yangpu" },
    };

    [Fact]
    public async Task From_October_the_district_is_told_that_next_years_working_calendar_is_missing()
    {
        _answers.Answer(new HrPayroll.V1.CalendarYears { NextYear = 2027, NextYearMissing = true });
        _intake.Release(Comparison(StatisticsPeriod.Day, "2026年12月6日"));

        var page = Render<District>();

        await page.WaitForAssertionAsync(() => Assert.Contains("2027年工作日历尚未载入", page.Find("[data-test=district-calendar-missing]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/district/calendar", page.Find("[data-test=district-calendar-missing] a").GetAttribute("href"));
    }
}
