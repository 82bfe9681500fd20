namespace OneWindow.EventBus;

/// <summary>Which transport carries events. Handler code is the same for both.</summary>
public enum EventTransport
{
    /// <summary>Redis Streams read and written directly, in the shape Dapr's <c>pubsub.redis</c> uses: no sidecar.</summary>
    Redis,

    /// <summary>The Dapr sidecar's pub/sub API; subscriptions are HTTP routes Dapr calls.</summary>
    Dapr,
}

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

/// <summary>Settings of the redis transport; the names follow Dapr's <c>pubsub.redis</c> metadata where it has one.</summary>
public sealed class RedisStreamsOptions
{
    /// <summary>Deliveries of one entry before it is dead-lettered.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>
    /// How long an entry may stay pending (delivered, not acknowledged) before another consumer claims
    /// it: a consumer that died mid-handling, or a handler that asked to retry.
    /// </summary>
    public TimeSpan PendingIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait between reads when the streams were empty (the multiplexed client cannot block on XREADGROUP).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public int ReadBatchSize { get; set; } = 50;

    /// <summary>
    /// Whether a consumer group made for the first time reads its stream from the start, as Dapr's does (true), so
    /// that events published before an app first started still reach it. False: from the end, made before the
    /// host has started; for test hosts, whose events are all published after they start and which would otherwise
    /// handle every earlier host's events again.
    /// </summary>
    public bool ReadStreamHistory { get; set; } = true;

    /// <summary>
    /// Entries of one read handled at the same time (Dapr's <c>concurrency</c>, default 10). Handlers
    /// already cope with any order, as they must under Dapr; one at a time would leave the consumer
    /// waiting on each handler's database round trips.
    /// </summary>
    public int Concurrency { get; set; } = 10;

    /// <summary>Streams are trimmed to roughly this many entries on every publish (Dapr's <c>maxLenApprox</c>).</summary>
    public int MaxLenApprox { get; set; } = 100_000;
}
