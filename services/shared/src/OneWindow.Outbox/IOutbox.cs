using OneWindow.EventBus;

namespace OneWindow.Outbox;

/// <summary>
/// Where a use case puts the events its change raises. They are saved by the same SaveChanges, in
/// the same transaction, as the change itself: committed together or not at all.
/// </summary>
public interface IOutbox
{
    void Add(IntegrationEvent integrationEvent);
}
