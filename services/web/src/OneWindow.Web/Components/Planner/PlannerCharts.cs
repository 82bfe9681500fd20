using Microsoft.Extensions.Localization;
using OneWindow.Intake.V1;
using OneWindow.Web.Resources;
using Vizor.ECharts;

namespace OneWindow.Web.Components.Planner;

/// <summary>The planner's chart: residents expected an hour as bars, the windows planned as a line, half-hour by half-hour.</summary>
public static class PlannerCharts
{
    public static ChartOptions Day(IReadOnlyList<PlanSlot> slots, IStringLocalizer<ConsoleText> text)
    {
        var starts = slots.Select(s => s.Starts).Distinct().ToArray();
        var types = slots.Select(s => s.WindowType).Distinct().ToList();
        double Arrivals(string start, WindowType type) => slots.FirstOrDefault(s => s.Starts == start && s.WindowType == type)?.ArrivalsPerHour ?? 0;
        int Windows(string start) => slots.Where(s => s.Starts == start).Sum(s => s.PlannedWindows);
        return new()
        {
            Tooltip = new() { Trigger = TooltipTrigger.Axis },
            Legend = new() { Top = 0 },
            Grid = new() { Left = 40, Right = 50, Top = 40, Bottom = 30 },
            XAxis = new() { Type = AxisType.Category, Data = starts },
            YAxisList =
            [
                new() { Type = AxisType.Value, Name = text["PlannerPerHour"], MinInterval = 1 },
                new() { Type = AxisType.Value, Name = text["PlannerWindows"], MinInterval = 1 },
            ],
            Series =
            [
                .. types.Select(type => (ISeries)new BarSeries { Name = text["WindowType_" + type], Stack = "arrivals", Data = starts.Select(s => Arrivals(s, type)).ToArray() }),
                new LineSeries { Name = text["PlannerPlannedWindows"], YAxisIndex = 1, Data = starts.Select(Windows).ToArray() },
            ],
        };
    }
}
