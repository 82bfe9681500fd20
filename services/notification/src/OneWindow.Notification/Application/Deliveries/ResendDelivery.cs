using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Deliveries;

/// <summary>Staff send a failed delivery again, once: the new delivery remembers the one it replaces.</summary>
public sealed class ResendDelivery(NotificationDbContext db, IAuditTrail audit, PersonalDataProtector protector, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.Delivery> HandleAsync(string deliveryId, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var failed = await DeliveryReader.FindAsync(db, deliveryId, cancellationToken);
        if (await db.Deliveries.AnyAsync(d => d.ResentFrom == failed.Id, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-resent", "This delivery was sent again already; resend the newest one if it failed too.", "deliveryId");
        }

        var again = failed.Resend(Guid.CreateVersion7(), caller.Subject, clock.GetUtcNow());
        db.Deliveries.Add(again);
        audit.Record(new AuditEntry("resend", "delivery", failed.Id.ToString(), $"as {again.Id}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-resent", "Someone sent this delivery again at the same moment.", "deliveryId");
        }

        return DeliveryMapping.ToContract(again, protector);
    }
}
