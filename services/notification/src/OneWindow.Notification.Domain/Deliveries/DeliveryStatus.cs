namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>Where a delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting to go out (first time, after a transient failure, or held by quiet hours or a rate limit).</summary>
    Queued,

    /// <summary>Handed to the provider (or printed); waiting for its receipt.</summary>
    Sent,

    /// <summary>Reached the recipient: a provider receipt, an inbox, a printed letter.</summary>
    Delivered,

    /// <summary>Given up: a permanent refusal, attempts exhausted or a failed receipt. A person can see it and resend it.</summary>
    Failed,

    /// <summary>Not sent because the resident opted out of this kind or channel (never for legally required notices).</summary>
    Suppressed,
}
