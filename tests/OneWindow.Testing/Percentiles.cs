namespace OneWindow.Testing;

/// <summary>The benchmarks' one way to read a tail from measured latencies (nearest rank, no interpolation).</summary>
public static class Percentiles
{
    /// <summary>The value at quantile <paramref name="q"/> (0.95 for p95) of <paramref name="values"/>, in any order.</summary>
    public static double Of(IReadOnlyCollection<double> values, double q)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
