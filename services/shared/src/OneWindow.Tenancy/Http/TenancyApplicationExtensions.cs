using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OneWindow.Tenancy;

public static class TenancyApplicationExtensions
{
    /// <summary>Scoped tenant context, set per request from the token (after authentication).</summary>
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        // Several building blocks need it; each may ask, and it is registered once.
        services.TryAddScoped<TenantContext>();
        services.TryAddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        return services;
    }

    public static IApplicationBuilder UseTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}
