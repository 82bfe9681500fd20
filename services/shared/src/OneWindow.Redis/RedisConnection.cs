using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace OneWindow.Redis;

/// <summary>
/// Every process's one <see cref="IConnectionMultiplexer"/>. Redis holds caches, counters and the sidecar-less
/// event transport, none of which may keep a process from starting or serving (docs/adr/0012), so:
/// <list type="bullet">
/// <item><c>abortConnect=false</c> whatever the connection string says: a process started while Redis is down
/// gets a disconnected multiplexer instead of an exception, and the multiplexer reconnects in the background;</item>
/// <item>commands fail fast while there is no connection: the callers (caches, rate limiters, the event
/// transport) already have an answer for "Redis is down", and a request waiting out a backlog timeout for
/// each of them is slower than the fallback it ends in.</item>
/// </list>
/// </summary>
public static class RedisConnection
{
    public static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    public static IConnectionMultiplexer Connect(string connectionString) => ConnectionMultiplexer.Connect(Options(connectionString));

    /// <summary>The multiplexer as a singleton, unless one is registered already (the first registration wins).</summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(_ => Connect(connectionString));
        return services;
    }
}
