namespace OneWindow.EventBus;

/// <summary>The app's subscriptions, one per topic (as a Dapr app has one route per topic).</summary>
public sealed class EventSubscriptions
{
    private readonly Dictionary<string, EventSubscription> _byTopic = new(StringComparer.Ordinal);

    public IReadOnlyCollection<EventSubscription> All => _byTopic.Values;

    public EventSubscription? ForTopic(string topic) => _byTopic.GetValueOrDefault(topic);

    internal void Add(EventSubscription subscription)
    {
        if (!_byTopic.TryAdd(subscription.Topic, subscription))
        {
            throw new InvalidOperationException(
                $"Topic '{subscription.Topic}' already has a handler ({_byTopic[subscription.Topic].HandlerType.Name}); one handler per topic.");
        }
    }
}
