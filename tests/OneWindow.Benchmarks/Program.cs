using System.Globalization;
using OneWindow.Benchmarks;
using OneWindow.Testing;

// Bounded: a fixed number of operations per round, three rounds, the median reported. Figures are
// ratios to a baseline measured in the same run on the same machine, never absolute targets.
// "catalogue", "acceptance" and "tickets" measure the running stack of the run command (eng/run.sh), so they
// are not in the default set.
var scenarios = args.Length == 0 ? ["bus", "gateway", "eligibility"] : args;
var events = int.Parse(Environment.GetEnvironmentVariable("BENCHMARK_EVENTS") ?? "5000", CultureInfo.InvariantCulture);
var requests = int.Parse(Environment.GetEnvironmentVariable("BENCHMARK_REQUESTS") ?? "10000", CultureInfo.InvariantCulture);
var acceptances = int.Parse(Environment.GetEnvironmentVariable("BENCHMARK_ACCEPTANCES") ?? "20000", CultureInfo.InvariantCulture);
var tickets = int.Parse(Environment.GetEnvironmentVariable("BENCHMARK_TICKETS") ?? "20000", CultureInfo.InvariantCulture);
const int Rounds = 3;

await using var redis = await RedisServer.StartAsync();
var results = new List<Comparison>();
var latencies = new List<string>();
var notes = new List<string>();
foreach (var scenario in scenarios)
{
    if (scenario == "catalogue")
    {
        var (direct, gateway) = await CatalogueReadLatency.RunAsync(requests);
        latencies.Add(direct.ToMarkdownRow("Guide read (Redis-cached)"));
        latencies.Add(gateway.ToMarkdownRow("Guide read (Redis-cached)"));
        continue;
    }

    if (scenario == "acceptance")
    {
        var (comparison, latency, drained) = await IntakeThroughput.AcceptancesAsync(acceptances);
        results.Add(comparison);
        latencies.Add(latency.ToMarkdownRow("Acceptance (POST /api/intake/v1/applications)"));
        notes.Add($"Acceptance events: {drained}.");
        continue;
    }

    if (scenario == "tickets")
    {
        latencies.Add((await IntakeThroughput.TicketsAsync(tickets)).ToMarkdownRow("Ticket issue (POST /api/intake/v1/tickets)"));
        continue;
    }

    results.Add(scenario switch
    {
        "bus" => await EventBusThroughput.RunAsync(redis.ConnectionString, events, Rounds),
        "gateway" => await GatewayOverhead.RunAsync(redis.ConnectionString, requests, Rounds),
        "eligibility" => await EligibilityThroughput.RunAsync(evaluations: 200_000, Rounds),
        _ => throw new ArgumentException($"Unknown scenario '{scenario}'. Known: bus, gateway, eligibility, catalogue, acceptance, tickets."),
    });
}

var report = string.Join(Environment.NewLine, [
    "| Scenario | Baseline | OneWindow | Ratio |",
    "|---|---|---|---|",
    .. results.Select(r => r.ToMarkdownRow()),
    .. (latencies.Count == 0 ? Array.Empty<string>() : ["", "| Scenario | Path | p50 | p99 | Throughput |", "|---|---|---|---|---|", .. latencies]),
    .. (notes.Count == 0 ? Array.Empty<string>() : ["", .. notes]),
]);
Console.WriteLine(report);
Directory.CreateDirectory("artifacts/benchmarks");
await File.WriteAllTextAsync("artifacts/benchmarks/results.md", report + Environment.NewLine);
