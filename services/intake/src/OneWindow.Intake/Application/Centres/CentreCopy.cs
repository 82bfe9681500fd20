using Microsoft.EntityFrameworkCore;
using OneWindow.Centres;
using OneWindow.Events;
using OneWindow.Intake.Domain.Centres;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;

namespace OneWindow.Intake.Application.Centres;

/// <summary>
/// An entry's change reaches every service: intake's own copy (which its requests are checked against) in the same
/// transaction as the entry, and the others through <c>centre-changed</c> from the outbox.
/// </summary>
public sealed class CentreCopy(IntakeDbContext db, IOutbox outbox, TimeProvider clock)
{
    public async Task TakeAsync(RegisteredCentre centre, CancellationToken cancellationToken)
    {
        var copy = await db.Set<KnownCentre>().SingleOrDefaultAsync(c => c.Code == centre.Code, cancellationToken);
        if (copy is null)
        {
            copy = KnownCentre.For(centre.Code);
            db.Set<KnownCentre>().Add(copy);
        }

        copy.Take(centre.Version, centre.Name, centre.Address, centre.Phone, centre.OpeningHours, centre.Open);
        outbox.Add(new CentreChanged
        {
            OccurredAt = clock.GetUtcNow(),
            Tenant = null,
            Code = centre.Code,
            Version = centre.Version,
            Name = centre.Name,
            Address = centre.Address,
            Phone = centre.Phone,
            OpeningHours = centre.OpeningHours,
            Open = centre.Open,
        });
    }
}
