using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OneWindow.Audit.V1;
using OneWindow.Persistence;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

public static class AuditRegistration
{
    /// <summary>The audit trail on a service's DbContext; the model must call <see cref="AuditModel.AddAuditTrail"/>.</summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder)
        where TContext : TenantDbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditTrail, AuditTrail<TContext>>();
        builder.Services.AddScoped<IAuditReader, AuditReader<TContext>>();
        builder.Services.AddScoped<IValidator<SearchAuditRequest>, SearchAuditRequestValidator>();
        builder.Services.AddSingleton<IPostMigrationStep, AuditTrailHardening>();
        builder.Services.AddSingleton<IPostMigrationStep, AuditChainSetup>();
        builder.Services.AddSingleton<AuditChainVerifier>();
        builder.Services.AddSingleton<IAuditVerification>(services => services.GetRequiredService<AuditChainVerifier>());
        // Refusals made before a use case runs: for the caller's role, and for the centre it names.
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        builder.Services.AddSingleton<ICentreRefusalRecorder, AuditedCentreRefusals>();
        return builder;
    }

    /// <summary>The trail's read (protos/audit/v1) and its export, under the service's own prefix behind the gateway.</summary>
    public static WebApplication MapAuditTrail(this WebApplication app)
    {
        app.MapGrpcService<AuditTrailService>();
        app.MapAuditExport();
        return app;
    }
}
