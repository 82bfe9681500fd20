using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using StackExchange.Redis;

namespace OneWindow.Review.Tests;

/// <summary>
/// The benchmark, run on demand (<c>dotnet test --filter AssignmentBenchmark -- xUnit.Explicit=only</c>):
/// the demo centre's first-review team (hr-payroll's skills matrix) hired through the bus, then
/// REVIEW_BENCH_FILES (default 1,000) files accepted through the real redis transport at REVIEW_BENCH_RATE
/// per second (default 20, a busy district's intake). Reports accepted → assigned latency (from the
/// acceptance being published to the assignment made in review's handler) at p50/p95/p99, and the spread of
/// the weighted load the assignment left.
/// </summary>
public sealed class AssignmentBenchmark(ReviewFactory review) : IClassFixture<ReviewFactory>
{
    [Fact(Explicit = true)]
    public async Task Accepted_to_assigned_latency_and_load_spread_over_1000_files()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var files = Setting("REVIEW_BENCH_FILES", 1_000);
        var rate = Setting("REVIEW_BENCH_RATE", 20);
        var centre = ReviewFactory.NewCentre();
        var roster = LoadBalanceTests.DemoRoster(DemoDistrictGenerator.District.Centre("jiangpu"));
        foreach (var reviewer in roster)
        {
            await review.HireAsync(centre, $"{centre}-{reviewer.StaffId}", [.. reviewer.Roles], [.. reviewer.ItemsAsA], [.. reviewer.ItemsAsB], [.. reviewer.ItemsKnown]);
        }

        var items = DemoCatalogue.Items.Where(i => i.Kind is "routed" or "joint").ToList();
        var random = new Random(20_261_123);
        var publishedAt = new Dictionary<Guid, DateTimeOffset>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < files; n++)
        {
            var item = items[random.Next(items.Count)];
            var accepted = ReviewFactory.Accepted(centre, item.Code, kind: item.Kind == "joint" ? ItemKind.Joint : ItemKind.Routed, workingDays: item.TimeLimitWorkingDays);
            publishedAt[accepted.FileId] = accepted.OccurredAt;
            await review.PublishAsync(accepted, "intake");
            var due = TimeSpan.FromSeconds((n + 1) / (double)rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
        }

        var assigned = await AssignedAsync(publishedAt.Keys.ToHashSet(), TimeSpan.FromMinutes(5));
        var latencies = assigned.Select(a => (a.At - publishedAt[a.FileId]).TotalMilliseconds).Order().ToList();
        var rosterReply = await review.EventuallyAsync(review.DirectorOf(centre), "/v1/roster", _ => true);
        var loads = rosterReply.GetProperty("reviewers").EnumerateArray().Select(r => r.TryGetProperty("load", out var l) ? l.GetInt32() : 0).ToList();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files} files at {rate}/s: accepted → assigned p50 {Percentile(latencies, 0.50):0} ms, p95 {Percentile(latencies, 0.95):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load over {loads.Count} reviewers: min {loads.Min()}, max {loads.Max()}, mean {loads.Average():0.0}, spread {loads.Max() - loads.Min()}"));
        Assert.Equal(files, latencies.Count);
    }

    private async Task<List<(Guid FileId, DateTimeOffset At)>> AssignedAsync(HashSet<Guid> fileIds, TimeSpan patience)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(review.RedisConnectionString);
        var found = new Dictionary<Guid, DateTimeOffset>();
        var waited = Stopwatch.StartNew();
        while (found.Count < fileIds.Count && waited.Elapsed < patience)
        {
            foreach (var entry in await redis.GetDatabase().StreamRangeAsync("application-assigned"))
            {
                var cloudEvent = JsonDocument.Parse((string)entry["data"]!).RootElement;
                var data = cloudEvent.GetProperty("data");
                var fileId = data.GetProperty("fileId").GetGuid();
                if (cloudEvent.GetProperty("source").GetString() == review.AppId && fileIds.Contains(fileId))
                {
                    found[fileId] = data.GetProperty("occurredAt").GetDateTimeOffset();
                }
            }

            await Task.Delay(500);
        }

        return [.. found.Select(f => (f.Key, f.Value))];
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
