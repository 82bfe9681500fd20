using Microsoft.EntityFrameworkCore;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Outbox;

namespace OneWindow.Notification.Application;

/// <summary>
/// Wakes the sender when a transaction that queued deliveries (from an event, a resend) commits, so a text leaves
/// within milliseconds of its event instead of at the next tick; the tick still brings retries and held texts.
/// </summary>
internal sealed class DeliveriesQueued : CommitSignal;

internal sealed class DeliveriesQueuedInterceptor(DeliveriesQueued signal) : CommitSignalInterceptor<DeliveriesQueued>(signal)
{
    protected override bool Expects(DbContext context) =>
        context.ChangeTracker.Entries<Delivery>().Any(entry => entry.State == EntityState.Added);
}
