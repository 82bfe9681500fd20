using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Persistence;

namespace OneWindow.Centres;

/// <summary>Keeps the service's copy of the register as intake publishes it.</summary>
public sealed class KnownCentreHandler<TContext>(KnownCentreCopy<TContext> copy) : IIntegrationEventHandler<CentreChanged>
    where TContext : TenantDbContext
{
    public Task HandleAsync(CentreChanged changed, CancellationToken cancellationToken) => copy.TakeAsync(changed, cancellationToken);
}
