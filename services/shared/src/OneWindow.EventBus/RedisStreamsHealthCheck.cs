using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OneWindow.EventBus;

/// <summary>The bus is reachable when Redis answers a PING on the connection the consumer uses.</summary>
internal sealed class RedisStreamsHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"redis streams, PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                "Redis (the event transport) does not answer: events wait in the outbox, and events to handle wait in their streams.",
                exception);
        }
    }
}
