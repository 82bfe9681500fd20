using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Persistence;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Centres;

public static class CentreRegistration
{
    /// <summary>
    /// The service's copy of the register, kept from <c>centre-changed</c>, and the refusal of every request for a centre
    /// it does not hold as open; the model must call <see cref="CentreModel.AddKnownCentres"/>.
    /// </summary>
    public static IEventBusBuilder AddKnownCentres<TContext>(this IEventBusBuilder bus)
        where TContext : TenantDbContext
    {
        bus.Services.AddCentreDirectory<TContext>();
        return bus.AddSubscription<CentreChanged, KnownCentreHandler<TContext>>();
    }

    /// <summary>
    /// The refusal of requests for unknown centres alone, for the service that keeps the register itself and writes its
    /// copy in the same transaction as the entry.
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
