using Microsoft.AspNetCore.Hosting;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.ServiceDefaults.Tests;

/// <summary>The probe service started while its own Redis is stopped, as a pod starts during a Redis outage.</summary>
public sealed class ProbeOnStoppedRedis : ProbeFactory, IAsyncLifetime
{
    private RedisServer? _redis;

    public RedisServer Redis => _redis ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        await _redis.StopAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // abortConnect=true in the connection string: the platform's connection must not throw at start even so.
        var options = ConfigurationOptions.Parse(Redis.ConnectionString);
        options.AbortOnConnectFail = true;
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:redis", options.ToString());
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
