using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Inbox;

/// <summary>A resident or a member of staff marks a notice of their own inbox read.</summary>
public sealed class MarkRead(NotificationDbContext db, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.InboxItem> HandleAsync(string deliveryId, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = Wire.ParseId(deliveryId, "deliveryId");
        var delivery = await InboxReader.Mine(db, caller).AsTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-delivery", "There is no such notice in your inbox.", "deliveryId");
        delivery.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return InboxMapping.ToInboxItem(delivery);
    }
}
