using System.Globalization;
using OneWindow.Benchmarks;
using OneWindow.Testing;

// Bounded: a fixed number of operations per round, three rounds, the median reported. Figures are
// ratios to a baseline measured in the same run on the same machine, never absolute targets.
var scenarios = args.Length == 0 ? ["bus", "gateway"] : args;
var events = int.Parse(Environment.GetEnvironmentVariable("BENCHMARK_EVENTS") ?? "5000", CultureInfo.InvariantCulture);
var requests = int.Parse(Environment.GetEnvironmentVariable("BENCHMARK_REQUESTS") ?? "10000", CultureInfo.InvariantCulture);
const int Rounds = 3;

await using var redis = await RedisServer.StartAsync();
var results = new List<Comparison>();
foreach (var scenario in scenarios)
{
    results.Add(scenario switch
    {
        "bus" => await EventBusThroughput.RunAsync(redis.ConnectionString, events, Rounds),
        "gateway" => await GatewayOverhead.RunAsync(redis.ConnectionString, requests, Rounds),
        _ => throw new ArgumentException($"Unknown scenario '{scenario}'. Known: bus, gateway."),
    });
}

var report = string.Join(Environment.NewLine, [
    "| Scenario | Baseline | OneWindow | Ratio |",
    "|---|---|---|---|",
    .. results.Select(r => r.ToMarkdownRow()),
]);
Console.WriteLine(report);
Directory.CreateDirectory("artifacts/benchmarks");
await File.WriteAllTextAsync("artifacts/benchmarks/results.md", report + Environment.NewLine);
