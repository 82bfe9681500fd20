using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.Gateway.Tests;

/// <summary>The gateway started while its own Redis is stopped, with a user budget small enough to exhaust.</summary>
public sealed class GatewayOnStoppedRedis(PlatformServers servers) : GatewayStack(servers)
{
    private RedisServer? _redis;

    public RedisServer Redis => _redis ?? throw new InvalidOperationException("Not started.");

    protected override int PerUserPerMinute => 3;

    // abortConnect=true in the connection string: the gateway's connection must not throw at start even so.
    protected override string RedisConnectionString
    {
        get
        {
            var options = ConfigurationOptions.Parse(Redis.ConnectionString);
            options.AbortOnConnectFail = true;
            return options.ToString();
        }
    }

    public override async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        await _redis.StopAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}

public sealed class RedisOutageTests(GatewayOnStoppedRedis stack) : IClassFixture<GatewayOnStoppedRedis>
{
    private static readonly string[] Clerk = ["clerk"];

    [Fact]
    public async Task A_gateway_started_while_Redis_is_down_proxies_without_limits_and_limits_again_once_Redis_is_back()
    {
        var client = stack.ClientFor(Clerk, "jiangpu");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/intake/v1/whoami")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await stack.CreateClient().GetAsync("/healthz")).StatusCode);
        var degraded = await stack.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        Assert.Equal("Degraded", (await degraded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());

        await stack.Redis.StartAgainAsync();
        var back = Stopwatch.StartNew();
        string? status;
        do
        {
            await Task.Delay(250);
            status = (await stack.CreateClient().GetFromJsonAsync<JsonElement>("/readyz")).GetProperty("status").GetString();
        }
        while (status != "Healthy" && back.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal("Healthy", status);
        var counted = stack.ClientFor(Clerk, "jiangpu");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await counted.GetAsync("/api/intake/v1/whoami")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
