namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>One month's figure of one metric for one worker, as counted from events.</summary>
public sealed record WorkFigure(WorkMetric Metric, int Count, decimal Total);
