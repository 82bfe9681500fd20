namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>One line of a score: what data, how much, how many points it gave.</summary>
public sealed record ScoreLine(WorkMetric Metric, int Count, decimal Value, decimal Points);
