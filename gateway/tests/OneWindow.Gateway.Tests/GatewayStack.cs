extern alias probe;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneWindow.Gateway.RateLimiting;
using OneWindow.ServiceDefaults;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.Gateway.Tests;

/// <summary>The probe service on real Kestrel ports, as a deployed service listens.</summary>
public sealed class ProbeOnKestrel : WebApplicationFactory<probe::Program>
{
    private readonly string? _registeredCentres;

    /// <param name="registeredCentres">Comma-separated: the probe then answers intake's register of centres with them.</param>
    public ProbeOnKestrel(string? registeredCentres = null)
    {
        _registeredCentres = registeredCentres;
        HttpPort = LoopbackPort.Free();
        GrpcPort = LoopbackPort.Free();
        UseKestrel();
    }

    public int HttpPort { get; }

    /// <summary>The HTTP/2 cleartext endpoint the gateway proxies to.</summary>
    public int GrpcPort { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Kestrel:Endpoints:Http:Url", $"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}");
        builder.UseSetting("Kestrel:Endpoints:Grpc:Url", $"http://127.0.0.1:{GrpcPort.ToString(CultureInfo.InvariantCulture)}");
        builder.UseSetting("Probe:RegisteredCentres", _registeredCentres);
    }
}

/// <summary>The gateway in front of the probe (as the intake service), with its rate limits in the test run's Redis.</summary>
public class GatewayStack : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly PlatformServers _servers;

    public GatewayStack(PlatformServers servers)
        : this(servers, registeredCentres: null)
    {
    }

    /// <param name="servers">The test run's PostgreSQL and Redis.</param>
    /// <param name="registeredCentres">The register of centres the probe answers as intake; none: it has none to read (404).</param>
    protected GatewayStack(PlatformServers servers, string? registeredCentres)
    {
        _servers = servers;
        Probe = new ProbeOnKestrel(registeredCentres);
    }

    public ProbeOnKestrel Probe { get; }

    protected virtual int PerUserPerMinute => 600;

    protected virtual int PerTenantPerMinute => 6_000;

    protected virtual int PerAnonymousClientPerMinute => 120;

    protected virtual int SmsReceiptsPerClientPerMinute => 6_000;

    protected virtual string RedisConnectionString => _servers.Redis.ConnectionString;

    /// <summary>The rate limiter's clock, stopped a second into the minute the stack started in.</summary>
    public FakeTimeProvider RateWindowClock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 * 60 + 1));

    public virtual ValueTask InitializeAsync()
    {
        Probe.StartServer();
        return ValueTask.CompletedTask;
    }

    /// <summary>A client signed in with a development token, with a subject of its own so tests never share a rate-limit budget.</summary>
    public HttpClient ClientFor(string[] roles, string? tenant, string? namedCentre = null, TimeSpan? lifetime = null, string? subject = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            DevelopmentTokens.Issue(subject ?? $"user-{Guid.NewGuid():N}", roles, tenant, lifetime ?? TimeSpan.FromMinutes(5), TimeProvider.System));
        if (namedCentre is not null)
        {
            client.DefaultRequestHeaders.Add("X-OneWindow-Centre", namedCentre);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:redis", RedisConnectionString);
        builder.UseSetting("ReverseProxy:Clusters:intake:Destinations:primary:Address", $"http://127.0.0.1:{Probe.GrpcPort.ToString(CultureInfo.InvariantCulture)}");
        // The console's place behind the gateway: the probe answers what a console would not know (404).
        builder.UseSetting("ReverseProxy:Clusters:console:Destinations:primary:Address", $"http://127.0.0.1:{Probe.HttpPort.ToString(CultureInfo.InvariantCulture)}");
        builder.UseSetting("RateLimits:PerUserPerMinute", PerUserPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PerTenantPerMinute", PerTenantPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PerAnonymousClientPerMinute", PerAnonymousClientPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:SmsReceiptsPerClientPerMinute", SmsReceiptsPerClientPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestPeerAddress>();
            // Budgets are one-minute windows: on a clock that stands still a test never sees its count start again.
            services.AddSingleton(provider => new RedisRateLimiter(
                provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<IOptionsMonitor<RateLimitOptions>>(), RateWindowClock));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A stack whose intake (the probe) keeps a register of two open centres.</summary>
public sealed class RegisteredCentresGatewayStack(PlatformServers servers) : GatewayStack(servers, "jiangpu,dinghai")
{
    /// <summary>
    /// Starts once the gateway has read the register: until its first read succeeds it lets every centre through (an
    /// intake outage must not close the edge), and a probe that starts slowly on a loaded machine may miss that read.
    /// </summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var waited = Stopwatch.StartNew();
        while ((await ClientFor(["clerk"], "never-registered").GetAsync("/api/intake/v1/whoami")).StatusCode != HttpStatusCode.Forbidden)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException("The gateway never read the probe's register of centres.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}

/// <summary>A stack with budgets small enough to exhaust in a test.</summary>
public sealed class TightlyLimitedGatewayStack(PlatformServers servers) : GatewayStack(servers)
{
    protected override int PerUserPerMinute => 3;

    protected override int PerTenantPerMinute => 5;
}
