extern alias gateway;
extern alias probe;

using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using OneWindow.ServiceDefaults;
using OneWindow.Testing;

namespace OneWindow.Benchmarks;

/// <summary>
/// Requests/s of an authenticated JSON call through the gateway (JWT validation, tenant check, Redis
/// rate-limit counters, YARP over HTTP/2 to the service) against the same call straight to the service,
/// both on real Kestrel sockets in the same run.
/// </summary>
public static class GatewayOverhead
{
    private const int Concurrency = 16;

    public static async Task<Comparison> RunAsync(string redisConnectionString, int requests, int rounds)
    {
        // Run from a console app, the factories cannot find the hosts' content roots on their own.
        var repository = RepositoryRoot();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ONEWINDOW_PROBE", Path.Combine(repository, "tests", "OneWindow.Probe"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ONEWINDOW_GATEWAY", Path.Combine(repository, "gateway", "src", "OneWindow.Gateway"));
        var serviceHttp = Loopback();
        var serviceGrpc = Loopback();
        var gatewayHttp = Loopback();
        await using var service = new Host<probe::Program>(new()
        {
            ["Kestrel:Endpoints:Http:Url"] = serviceHttp,
            ["Kestrel:Endpoints:Grpc:Url"] = serviceGrpc,
        });
        service.StartServer();
        await using var edge = new Host<gateway::Program>(new()
        {
            ["Kestrel:Endpoints:Http:Url"] = gatewayHttp,
            ["ConnectionStrings:redis"] = redisConnectionString,
            ["ReverseProxy:Clusters:intake:Destinations:primary:Address"] = serviceGrpc,
            ["RateLimits:PerUserPerMinute"] = "100000000",
            ["RateLimits:PerTenantPerMinute"] = "100000000",
        });
        edge.StartServer();

        var token = DevelopmentTokens.Issue("benchmark-clerk", ["clerk"], "jiangpu", TimeSpan.FromHours(1), TimeProvider.System);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await LoadAsync(client, $"{serviceHttp}/v1/whoami", 500);
        await LoadAsync(client, $"{gatewayHttp}/api/intake/v1/whoami", 500);
        var direct = await Throughput.MedianAsync("direct to the service", rounds, requests, n => LoadAsync(client, $"{serviceHttp}/v1/whoami", n));
        var proxied = await Throughput.MedianAsync("through the gateway", rounds, requests, n => LoadAsync(client, $"{gatewayHttp}/api/intake/v1/whoami", n));
        return new Comparison("Gateway overhead (GET, JWT, JSON transcoding)", direct, proxied, "requests");
    }

    private static async Task LoadAsync(HttpClient client, string url, int requests)
    {
        var remaining = requests;
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var response = await client.GetAsync(url);
                response.EnsureSuccessStatusCode();
            }
        });
        await Task.WhenAll(workers);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OneWindow.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from a checkout of the repository.");
    }

    private static string Loopback() => $"http://127.0.0.1:{LoopbackPort.Free().ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A host on real Kestrel sockets, quiet, in Development (the development token key).</summary>
    private sealed class Host<TProgram>(Dictionary<string, string> settings) : WebApplicationFactory<TProgram>
        where TProgram : class
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            UseKestrel();
            builder.UseEnvironment("Development");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
