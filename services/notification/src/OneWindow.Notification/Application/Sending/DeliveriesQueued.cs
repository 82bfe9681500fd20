using OneWindow.Outbox;

namespace OneWindow.Notification.Application.Sending;

/// <summary>
/// Wakes the sender when a transaction that queued deliveries (from an event, a resend) commits, so a text leaves
/// within milliseconds of its event instead of at the next tick; the tick still brings retries and held texts.
/// </summary>
internal sealed class DeliveriesQueued : CommitSignal;
