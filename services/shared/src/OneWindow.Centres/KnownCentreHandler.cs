using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Persistence;

namespace OneWindow.Centres;

/// <summary>Keeps the service's copy of the register as intake publishes it.</summary>
internal sealed class KnownCentreHandler<TContext>(TContext db, KnownCentreDirectory<TContext> directory) : IIntegrationEventHandler<CentreChanged>
    where TContext : TenantDbContext
{
    public async Task HandleAsync(CentreChanged changed, CancellationToken cancellationToken)
    {
        var centre = await db.Set<KnownCentre>().SingleOrDefaultAsync(c => c.Code == changed.Code, cancellationToken);
        if (centre is null)
        {
            centre = KnownCentre.For(changed.Code);
            db.Set<KnownCentre>().Add(centre);
        }

        if (centre.Take(changed.Version, changed.Name, changed.Address, changed.Phone, changed.OpeningHours, changed.Open))
        {
            directory.Forget(changed.Code);
        }
    }
}
