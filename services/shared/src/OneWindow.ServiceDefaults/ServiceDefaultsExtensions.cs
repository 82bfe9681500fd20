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
    /// Everything a OneWindow service shares: telemetry, health, JWT authentication, tenancy, the
    /// error shape, validation, gRPC with JSON transcoding, personal-data encryption and log redaction, limits and shutdown.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddConfigurationCheck();
        builder.AddPlatformTelemetry();
        builder.AddPlatformHealthChecks();
        builder.AddPlatformAuthentication();
        builder.AddPlatformProblemDetails();
        builder.AddPlatformGrpc();
        builder.AddPersonalDataRedaction();
        builder.AddPersonalDataProtection();
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
