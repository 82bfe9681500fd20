namespace OneWindow.EventBus;

/// <summary>Moves undeliverable events to the dead-letter topic, on whichever transport is configured.</summary>
public interface IDeadLetterPublisher
{
    Task PublishAsync(DeadLetter deadLetter, CancellationToken cancellationToken);
}
