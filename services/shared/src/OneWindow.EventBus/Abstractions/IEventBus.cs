namespace OneWindow.EventBus;

/// <summary>
/// The publish port. Application code does not call it: use cases write events to the outbox in
/// their own transaction, and the outbox dispatcher publishes through this port.
/// </summary>
public interface IEventBus
{
    /// <summary>Publishes one CloudEvent; returns once the transport has accepted it.</summary>
    Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}
