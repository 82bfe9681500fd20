using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OneWindow.Redis;
using OneWindow.Tenancy;

namespace OneWindow.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Everything a OneWindow service shares: the platform basics, gRPC with JSON transcoding and validation, and
    /// personal-data encryption.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformBasics();
        builder.AddPlatformGrpc();
        builder.AddPersonalDataProtection();
        return builder;
    }

    /// <summary>
    /// What every process of the platform, the gateway included, starts with: the configuration check, telemetry,
    /// health, JWT authentication, tenancy, the error shape, log redaction, the one Redis connection, request
    /// limits and shutdown.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformBasics(this IHostApplicationBuilder builder)
    {
        builder.AddConfigurationCheck();
        builder.AddPlatformTelemetry();
        builder.AddPlatformHealthChecks();
        builder.AddPlatformAuthentication();
        builder.AddPlatformProblemDetails();
        builder.AddPersonalDataRedaction();
        builder.Services.AddTenancy();
        builder.Services.TryAddSingleton(TimeProvider.System);
        if (builder.Configuration.GetConnectionString("redis") is { } redis)
        {
            builder.Services.AddRedisConnection(redis);
        }

        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = GrpcExtensions.MaxRequestBytes);
        // Kubernetes sends SIGTERM and waits; in-flight requests and event handlers finish first.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(25));
        return builder;
    }

    /// <summary>The shared pipeline and endpoints: security headers, errors, authentication, tenancy, authorization, health, reflection.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UsePlatformSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseTenancy();
        app.UseAuthorization();
        app.MapPlatformHealthChecks();
        app.MapPlatformGrpcReflection();
        return app;
    }
}
