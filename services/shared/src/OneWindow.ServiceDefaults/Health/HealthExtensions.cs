using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.ServiceDefaults;

public static class HealthExtensions
{
    public const string Live = "live";
    public const string Ready = "ready";

    /// <summary>
    /// Below the readiness probe's own timeout (3 s in the chart), so a dependency that hangs is reported
    /// by name instead of the probe timing out on the whole answer.
    /// </summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// <c>/healthz</c>: the process answers (restart it if not). <c>/readyz</c>: the service can do its main
    /// job (send it traffic only then). Building blocks add their checks tagged <see cref="Ready"/>: a dependency
    /// without which nothing works fails as Unhealthy (503), one whose loss only takes a part away or slows things
    /// down as Degraded (still 200, named in the body). docs/adr/0012 says which is which.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformHealthChecks(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [Live]);
        if (builder.Configuration.GetConnectionString("redis") is not null)
        {
            // Caches, rate limits and counters: every replica shares the one Redis, so taking replicas out of
            // rotation when it is down would stop the district's windows without bringing Redis back.
            checks.AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [Ready], CheckTimeout);
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
