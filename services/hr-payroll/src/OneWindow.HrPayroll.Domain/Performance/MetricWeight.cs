namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>Points per unit of a metric, capped (in absolute value) so no single figure dominates.</summary>
public sealed record MetricWeight(WorkMetric Metric, decimal PointsPerUnit, decimal Cap);
