namespace OneWindow.Intake.Domain.Statistics;

/// <summary>The periods of the centre's reports: 日交接, 周总结, 月统计.</summary>
public enum StatisticsPeriod
{
    Day,
    Week,
    Month,
}
