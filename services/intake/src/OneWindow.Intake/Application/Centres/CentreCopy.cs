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
public sealed class CentreCopy(KnownCentreCopy<IntakeDbContext> copy, IOutbox outbox, TimeProvider clock)
{
    public async Task TakeAsync(RegisteredCentre centre, CancellationToken cancellationToken)
    {
        var changed = new CentreChanged
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
        };
        await copy.TakeAsync(changed, cancellationToken);
        outbox.Add(changed);
    }
}
