using Microsoft.EntityFrameworkCore;
using OneWindow.Events;
using OneWindow.Persistence;

namespace OneWindow.Centres;

/// <summary>
/// Writes a version of a centre's entry into the service's copy (in the caller's unit of work) and has this replica ask
/// the copy again on the centre's next request; an older or repeated version changes nothing.
/// </summary>
public sealed class KnownCentreCopy<TContext>(TContext db, KnownCentreDirectory<TContext> directory)
    where TContext : TenantDbContext
{
    public async Task TakeAsync(CentreChanged entry, CancellationToken cancellationToken)
    {
        var centre = await db.Set<KnownCentre>().SingleOrDefaultAsync(c => c.Code == entry.Code, cancellationToken);
        if (centre is null)
        {
            centre = KnownCentre.For(entry.Code);
            db.Set<KnownCentre>().Add(centre);
        }

        if (centre.Take(entry.Version, entry.Name, entry.Address, entry.Phone, entry.OpeningHours, entry.Open))
        {
            directory.Forget(entry.Code);
        }
    }
}
