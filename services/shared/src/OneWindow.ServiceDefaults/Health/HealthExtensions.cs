using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace OneWindow.ServiceDefaults;

public static class HealthExtensions
{
    public const string Live = "live";
    public const string Ready = "ready";

    /// <summary>
    /// <c>/healthz</c>: the process answers (restart it if not). <c>/readyz</c>: its dependencies
    /// answer (send it traffic only then). Building blocks add their checks tagged <see cref="Ready"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformHealthChecks(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [Live]);
        if (builder.Configuration.GetConnectionString("redis") is not null)
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        }

        return builder;
    }

    public static WebApplication MapPlatformHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Live) }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteReadinessAsync,
        }).AllowAnonymous();
        return app;
    }

    // Operators on call see which dependency is down, not just "Unhealthy".
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
}

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (RedisException exception)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception);
        }
    }
}
