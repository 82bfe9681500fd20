namespace OneWindow.EventBus;

/// <summary>Which transport carries events. Handler code is the same for both.</summary>
public enum EventTransport
{
    /// <summary>Redis Streams read and written directly, in the shape Dapr's <c>pubsub.redis</c> uses: no sidecar.</summary>
    Redis,

    /// <summary>The Dapr sidecar's pub/sub API; subscriptions are HTTP routes Dapr calls.</summary>
    Dapr,
}
