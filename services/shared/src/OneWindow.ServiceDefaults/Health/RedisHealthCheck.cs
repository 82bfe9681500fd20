using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OneWindow.ServiceDefaults;

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                "Redis does not answer: caches are bypassed, rate limits are not enforced, ticket numbers cannot be issued.",
                exception);
        }
    }
}
