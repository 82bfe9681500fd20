namespace OneWindow.EventBus;

/// <summary>The <c>EventBus</c> configuration section.</summary>
public sealed class EventBusOptions
{
    public const string Section = "EventBus";

    public EventTransport Transport { get; set; } = EventTransport.Redis;

    /// <summary>
    /// The app id, as Dapr names the app: the CloudEvent source of everything it publishes, which consumers check
    /// against the topic's publisher (<see cref="TopicAttribute.Publisher"/>).
    /// </summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>
    /// The redis transport's consumer group; empty means the app id, as Dapr's <c>consumerID</c> is. Hosts that
    /// must not share each other's deliveries while publishing as the same app (test hosts) set their own.
    /// </summary>
    public string? ConsumerGroup { get; set; }

    /// <summary>The consumer group this app reads with: <see cref="ConsumerGroup"/>, or the app id.</summary>
    public string Group => string.IsNullOrWhiteSpace(ConsumerGroup) ? AppId : ConsumerGroup;

    /// <summary>The Dapr pub/sub component name, written into every CloudEvent.</summary>
    public string PubSubName { get; set; } = "pubsub";

    /// <summary>Where events go that can never be handled: malformed, poison, or out of attempts.</summary>
    public string DeadLetterTopic { get; set; } = "dead-letter";

    /// <summary>
    /// Dapr's app API token (APP_API_TOKEN, one per app): subscription routes accept only deliveries that present
    /// it. Required on the dapr transport: the routes are reachable inside the cluster, and only the sidecar may post.
    /// </summary>
    public string? AppApiToken { get; set; }

    public RedisStreamsOptions Redis { get; set; } = new();
}
