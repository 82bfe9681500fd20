using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Persistence;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Centres;

public static class CentreRegistration
{
    /// <summary>
    /// The service's copy of the register and the refusal of every request for a centre it does not hold as open; the
    /// model must call <see cref="CentreModel.AddKnownCentres"/>. The copy is kept from <c>centre-changed</c> by
    /// <see cref="KnownCentreHandler{TContext}"/>, which each service subscribes in its own event registration (where
    /// every topic a service hears is listed), except intake, which writes its copy with the entry itself.
    /// </summary>
    public static IServiceCollection AddCentreDirectory<TContext>(this IServiceCollection services)
        where TContext : TenantDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KnownCentreDirectory<TContext>>();
        services.AddSingleton<ICentreDirectory>(sp => sp.GetRequiredService<KnownCentreDirectory<TContext>>());
        services.AddScoped<KnownCentreCopy<TContext>>();
        services.AddScoped<IDemoSeeder, DemoCentresSeeder<TContext>>();
        return services;
    }
}
