namespace OneWindow.EventBus;

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
