using Microsoft.EntityFrameworkCore;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Outbox;

namespace OneWindow.Notification.Application.Sending;

/// <summary>Recognises new deliveries among the changes being saved, so that their commit wakes the sender.</summary>
internal sealed class DeliveriesQueuedInterceptor(DeliveriesQueued signal) : CommitSignalInterceptor<DeliveriesQueued>(signal)
{
    protected override bool Expects(DbContext context) =>
        context.ChangeTracker.Entries<Delivery>().Any(entry => entry.State == EntityState.Added);
}
