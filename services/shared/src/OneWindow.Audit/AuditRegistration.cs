using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OneWindow.Persistence;

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
        builder.Services.AddSingleton<IPostMigrationStep, AuditTrailHardening>();
        return builder;
    }
}
