namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>A department's scoring: a base score and weights; the result lies in 0-100.</summary>
public sealed record PerformanceWeights(decimal BaseScore, IReadOnlyList<MetricWeight> Metrics)
{
    public static PerformanceWeights Neutral { get; } = new(80m, []);
}
