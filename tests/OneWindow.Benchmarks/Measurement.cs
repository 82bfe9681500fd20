using System.Diagnostics;
using System.Globalization;

namespace OneWindow.Benchmarks;

/// <summary>Operations per second of one subject, the median of several rounds.</summary>
public sealed record Throughput(string Subject, double PerSecond)
{
    public static async Task<Throughput> MedianAsync(string subject, int rounds, int operations, Func<int, Task> round)
    {
        var rates = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await round(operations);
            rates.Add(operations / watch.Elapsed.TotalSeconds);
        }

        rates.Sort();
        return new Throughput(subject, rates[rates.Count / 2]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Subject}: {PerSecond:N0}/s");
}

/// <summary>A scenario's result: the subject's throughput as a ratio of the baseline's, measured in the same run.</summary>
public sealed record Comparison(string Scenario, Throughput Baseline, Throughput Subject, string Unit)
{
    public double Ratio => Subject.PerSecond / Baseline.PerSecond;

    public string ToMarkdownRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Scenario} | {Baseline.Subject}: {Baseline.PerSecond:N0} {Unit}/s | {Subject.Subject}: {Subject.PerSecond:N0} {Unit}/s | **{Ratio:0.00}** |");
}
