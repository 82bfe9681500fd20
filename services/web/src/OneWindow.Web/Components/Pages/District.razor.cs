using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Dashboard;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 全区管理: every centre of the district side by side for a day, week or month as intake counts them, with the
/// district's totals and a chart; each centre's name leads to its own figures. From 1 October it says when next
/// year's working-day calendar is still missing, with the way to load it.
/// </summary>
public sealed partial class District
{
    private StatisticsPeriod _period;
    private CentreComparison? _comparison;
    private Vizor.ECharts.ChartOptions? _chart;
    private string? _refusal;
    private int? _calendarMissing;

    [SupplyParameterFromQuery(Name = "period")]
    private string? PeriodName { get; set; }

    [Inject]
    private Intake.V1.Statistics.StatisticsClient Statistics { get; set; } = null!;

    [Inject]
    private HrPayroll.V1.WorkingCalendar.WorkingCalendarClient Calendar { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    /// <summary>From 1 October, whether next year's working-day calendar is still missing (hr-payroll says).</summary>
    protected override async Task OnInitializedAsync()
    {
        try
        {
            var years = await Calendar.ListCalendarYearsAsync(new HrPayroll.V1.ListCalendarYearsRequest());
            _calendarMissing = years.NextYearMissing ? years.NextYear : null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        var period = PeriodSwitch.Parse(PeriodName);
        if (period != _period)
        {
            // A chart draws its options once: another period's chart is never shown under this one's title.
            _comparison = null;
            _chart = null;
        }

        _period = period;
        try
        {
            _comparison = await Statistics.CompareCentresAsync(new GetStatisticsRequest { Period = _period });
            _chart = DashboardCharts.Centres(_comparison, T);
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }

    /// <summary>The centres side by side as the table shows them, then the district's total; the wait in minutes, the fees in 元.</summary>
    private Spreadsheet CentresSheet()
    {
        var comparison = _comparison!;
        var sheet = new Spreadsheet(
            T["DistrictSheetTitle", comparison.From, comparison.To],
            T["DistrictCentre"], T["DashboardIssued"], T["DashboardServed"], T["ExportAverageWaitMinutes"], T["DashboardAcceptances"],
            T["DashboardBundled"], T["DashboardInstant"], T["DashboardComplaints"], T["ExportCollectedYuan"], T["DistrictClerks"], T["DistrictServedPerClerk"]);
        foreach (var row in comparison.Centres)
        {
            Add(sheet, row.Centre, row);
        }

        if (comparison.District is { } district)
        {
            Add(sheet, T["DistrictTotal"], district);
        }

        return sheet;
    }

    private static void Add(Spreadsheet sheet, string name, CentreRow row) =>
        sheet.Add(
            name,
            row.Queue?.Issued ?? 0,
            row.Queue?.Served ?? 0,
            SpreadsheetCell.Number(Math.Round((decimal)(row.Queue?.AverageWaitSeconds ?? 0) / 60m, 1)),
            row.Acceptances,
            row.BundledAcceptances,
            row.InstantCompletions,
            row.Complaints,
            SpreadsheetCell.Amount(string.IsNullOrEmpty(row.Collected) ? "0" : row.Collected),
            row.Clerks,
            SpreadsheetCell.Number(row.ServedPerClerk));
}
