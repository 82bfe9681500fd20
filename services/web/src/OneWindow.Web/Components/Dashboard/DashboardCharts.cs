using Microsoft.Extensions.Localization;
using OneWindow.Intake.V1;
using OneWindow.Web.Resources;
using Vizor.ECharts;

namespace OneWindow.Web.Components.Dashboard;

/// <summary>
/// The ECharts options of a centre's figures and of the district's comparison, from the statistics as intake gave
/// them: nothing is counted here, only drawn. Options carry no JavaScript (the console's charts are plain JSON).
/// </summary>
public static class DashboardCharts
{
    /// <summary>The period over time: arrivals, served and acceptances as bars, the average wait in minutes as a line.</summary>
    public static ChartOptions Trend(CentreStatistics statistics, IStringLocalizer<ConsoleText> text) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Legend = new() { Top = 0 },
        Grid = new() { Left = 40, Right = 50, Top = 40, Bottom = 30 },
        XAxis = new() { Type = AxisType.Category, Data = statistics.Trend.Select(p => p.Label).ToArray() },
        YAxisList =
        [
            new() { Type = AxisType.Value, MinInterval = 1 },
            new() { Type = AxisType.Value, Name = text["DashboardMinutes"], MinInterval = 1 },
        ],
        Series =
        [
            Bars(text["DashboardIssued"], statistics.Trend.Select(p => p.Issued)),
            Bars(text["DashboardServed"], statistics.Trend.Select(p => p.Served)),
            Bars(text["DashboardAcceptances"], statistics.Trend.Select(p => p.Acceptances)),
            new LineSeries { Name = text["DashboardAverageWait"], YAxisIndex = 1, Data = statistics.Trend.Select(p => Math.Round(p.AverageWaitSeconds / 60.0, 1)).ToArray() },
        ],
    };

    /// <summary>Tickets served and files accepted by each member of staff at the windows.</summary>
    public static ChartOptions Clerks(CentreStatistics statistics, IStringLocalizer<ConsoleText> text) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Legend = new() { Top = 0 },
        Grid = new() { Left = 40, Right = 20, Top = 40, Bottom = 30 },
        XAxis = new() { Type = AxisType.Category, Data = statistics.ByClerk.Select(c => c.ClerkStaffId).ToArray() },
        YAxis = new() { Type = AxisType.Value, MinInterval = 1 },
        Series =
        [
            Bars(text["DashboardServed"], statistics.ByClerk.Select(c => c.Queue?.Served ?? 0)),
            Bars(text["DashboardAcceptances"], statistics.ByClerk.Select(c => c.Acceptances)),
        ],
    };

    /// <summary>The items accepted most, most first (at most ten: the rest are in the table below the chart).</summary>
    public static ChartOptions Items(CentreStatistics statistics, IStringLocalizer<ConsoleText> text)
    {
        var items = statistics.ByItem.Take(10).Reverse().ToList();
        return new()
        {
            Tooltip = new() { Trigger = TooltipTrigger.Axis },
            Legend = new() { Top = 0 },
            Grid = new() { Left = 140, Right = 20, Top = 40, Bottom = 30 },
            YAxis = new() { Type = AxisType.Category, Data = items.Select(i => i.Name).ToArray() },
            XAxis = new() { Type = AxisType.Value, MinInterval = 1 },
            Series =
            [
                Bars(text["DashboardAcceptances"], items.Select(i => i.Accepted)),
                Bars(text["DashboardBundled"], items.Select(i => i.Bundled)),
            ],
        };
    }

    /// <summary>How many rated 1 to 5 at the windows' pads.</summary>
    public static ChartOptions Satisfaction(CentreStatistics statistics, IStringLocalizer<ConsoleText> text) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Grid = new() { Left = 40, Right = 20, Top = 20, Bottom = 30 },
        XAxis = new() { Type = AxisType.Category, Data = Enumerable.Range(1, 5).Select(score => text["DashboardScore", score].Value).ToArray() },
        YAxis = new() { Type = AxisType.Value, MinInterval = 1 },
        Series = [Bars(text["DashboardRatings"], statistics.Satisfaction?.ByScore ?? [0, 0, 0, 0, 0])],
    };

    /// <summary>Every centre side by side: arrivals, served and acceptances, and served per member of staff.</summary>
    public static ChartOptions Centres(CentreComparison comparison, IStringLocalizer<ConsoleText> text) => new()
    {
        Tooltip = new() { Trigger = TooltipTrigger.Axis },
        Legend = new() { Top = 0 },
        Grid = new() { Left = 50, Right = 50, Top = 40, Bottom = 30 },
        XAxis = new() { Type = AxisType.Category, Data = comparison.Centres.Select(c => c.Centre).ToArray() },
        YAxisList =
        [
            new() { Type = AxisType.Value, MinInterval = 1 },
            new() { Type = AxisType.Value, Name = text["DistrictServedPerClerk"] },
        ],
        Series =
        [
            Bars(text["DashboardIssued"], comparison.Centres.Select(c => c.Queue?.Issued ?? 0)),
            Bars(text["DashboardServed"], comparison.Centres.Select(c => c.Queue?.Served ?? 0)),
            Bars(text["DashboardAcceptances"], comparison.Centres.Select(c => c.Acceptances)),
            new LineSeries
            {
                Name = text["DistrictServedPerClerk"],
                YAxisIndex = 1,
                Data = comparison.Centres.Select(c => decimal.TryParse(c.ServedPerClerk, System.Globalization.CultureInfo.InvariantCulture, out var served) ? served : 0m).ToArray(),
            },
        ],
    };

    private static BarSeries Bars(string name, IEnumerable<int> values) => new() { Name = name, Data = values.ToArray() };
}
