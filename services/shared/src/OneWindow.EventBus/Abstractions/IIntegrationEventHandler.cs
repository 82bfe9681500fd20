namespace OneWindow.EventBus;

/// <summary>
/// Handles one kind of event. Delivery is at least once; the inbox makes the effect exactly once.
/// Throwing means "try again later"; throw <see cref="PoisonEventException"/> for an event that can
/// never succeed (it goes to the dead-letter topic at once).
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
