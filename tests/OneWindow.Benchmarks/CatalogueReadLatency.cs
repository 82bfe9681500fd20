using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using OneWindow.ServiceDefaults;

namespace OneWindow.Benchmarks;

/// <summary>Latency percentiles of one subject under a bounded load.</summary>
public sealed record Latency(string Subject, double P50Milliseconds, double P99Milliseconds, double PerSecond)
{
    public string ToMarkdownRow(string scenario) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {scenario} | {Subject} | p50 {P50Milliseconds:0.0} ms | p99 {P99Milliseconds:0.0} ms | {PerSecond:N0} requests/s |");
}

/// <summary>
/// Guide reads (the Redis-cached path) against the running stack of the run command: straight to
/// policy-law and through the gateway, the same requests in the same run. Each request carries one of
/// many staff tokens, as a district's windows would, so no single user's rate limit is the bottleneck.
/// </summary>
public static class CatalogueReadLatency
{
    private const int Concurrency = 16;

    public static async Task<(Latency Direct, Latency Gateway)> RunAsync(int requests)
    {
        var gateway = Environment.GetEnvironmentVariable("BENCHMARK_GATEWAY_URL") ?? "http://127.0.0.1:8080";
        var service = Environment.GetEnvironmentVariable("BENCHMARK_POLICY_LAW_URL") ?? "http://127.0.0.1:5103";
        var tokens = Enumerable.Range(0, 200)
            .Select(i => DevelopmentTokens.Issue($"benchmark-{i:000}", ["district-admin"], null, TimeSpan.FromHours(1), TimeProvider.System))
            .ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });
        var codes = new[] { "dibao", "public-rental-review", "pension-qualification", "elderly-allowance", "residence-permit" };

        await MeasureAsync("warm-up", client, tokens, i => $"{service}/v1/guides/{codes[i % codes.Length]}", 500);
        var direct = await MeasureAsync("direct to policy-law", client, tokens, i => $"{service}/v1/guides/{codes[i % codes.Length]}", requests);
        var proxied = await MeasureAsync("through the gateway", client, tokens, i => $"{gateway}/api/policy-law/v1/guides/{codes[i % codes.Length]}", requests);
        return (direct, proxied);
    }

    private static async Task<Latency> MeasureAsync(string subject, HttpClient client, string[] tokens, Func<int, string> url, int requests)
    {
        var latencies = new double[requests];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url(i));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i % tokens.Length]);
                var watch = Stopwatch.StartNew();
                using var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
                latencies[i] = watch.Elapsed.TotalMilliseconds;
            }
        }));
        var elapsed = total.Elapsed;
        Array.Sort(latencies);
        return new Latency(subject, latencies[(int)(requests * 0.50)], latencies[(int)(requests * 0.99)], requests / elapsed.TotalSeconds);
    }
}
