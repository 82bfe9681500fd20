using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OneWindow.EventBus.Redis;

/// <summary>
/// Consumes this app's topics from Redis Streams as a Dapr sidecar with <c>pubsub.redis</c> would:
/// the consumer group is the app id (so replicas share the work and every app gets every event; <see cref="EventBusOptions.ConsumerGroup"/> may name another),
/// an entry is acknowledged only after its handler committed, an entry left pending longer than
/// <see cref="RedisStreamsOptions.PendingIdleTimeout"/> (its consumer died, or asked to retry) is
/// claimed with XAUTOCLAIM and delivered again, and after
/// <see cref="RedisStreamsOptions.MaxDeliveryAttempts"/> deliveries it goes to the dead-letter topic.
/// Unreadable entries are dead-lettered at once, so they never block the stream.
/// </summary>
internal sealed partial class RedisStreamsConsumer(
    IConnectionMultiplexer redis,
    EventSubscriptions subscriptions,
    EventDispatcher dispatcher,
    IDeadLetterPublisher deadLetters,
    IOptions<EventBusOptions> options,
    TimeProvider clock,
    ILogger<RedisStreamsConsumer> logger) : BackgroundService
{
    // One name per process: a restarted process is a new consumer, and claims what the old one left.
    private readonly string _consumerName = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    private bool _groupsReady;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Groups that start at the end must exist before anything is published that they should see.
        if (!options.Value.Redis.ReadStreamHistory && subscriptions.All.Count > 0)
        {
            await EnsureConsumerGroupsAsync(options.Value);
            _groupsReady = true;
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (subscriptions.All.Count == 0)
        {
            return;
        }

        var settings = options.Value;
        var groupsReady = _groupsReady;
        var nextReclaim = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                if (!groupsReady)
                {
                    await EnsureConsumerGroupsAsync(settings);
                    groupsReady = true;
                }

                delivered = await ReadNewEntriesAsync(settings, stoppingToken);
                if (clock.GetUtcNow() >= nextReclaim)
                {
                    delivered += await ReclaimIdleEntriesAsync(settings, stoppingToken);
                    nextReclaim = clock.GetUtcNow() + settings.Redis.PendingIdleTimeout / 2;
                }
            }
            catch (RedisServerException exception) when (exception.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
            {
                // The stream was deleted under us (e.g. by an operator): recreate it and go on.
                groupsReady = false;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogRedisUnavailable(logger, exception);
                delivered = 0;
            }

            if (delivered == 0)
            {
                try
                {
                    await Task.Delay(settings.Redis.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task EnsureConsumerGroupsAsync(EventBusOptions settings)
    {
        var database = redis.GetDatabase();
        foreach (var subscription in subscriptions.All)
        {
            try
            {
                // From the start of the stream, as Dapr does, unless told otherwise: events published before
                // this app first started are still delivered to it.
                var from = settings.Redis.ReadStreamHistory ? StreamPosition.Beginning : StreamPosition.NewMessages;
                await database.StreamCreateConsumerGroupAsync(subscription.Topic, settings.Group, from, createStream: true);
            }
            catch (RedisServerException exception) when (exception.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
            {
            }
        }
    }

    private async Task<int> ReadNewEntriesAsync(EventBusOptions settings, CancellationToken cancellationToken)
    {
        var positions = subscriptions.All.Select(s => new StreamPosition(s.Topic, StreamPosition.NewMessages)).ToArray();
        var streams = await redis.GetDatabase().StreamReadGroupAsync(positions, settings.Group, _consumerName, settings.Redis.ReadBatchSize);
        var entries = streams.SelectMany(stream => stream.Entries.Select(entry => (Subscription: subscriptions.ForTopic(stream.Key.ToString())!, Entry: entry))).ToList();
        await Parallel.ForEachAsync(
            entries,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Redis.Concurrency), CancellationToken = cancellationToken },
            async (delivery, token) => await DeliverAsync(delivery.Subscription, delivery.Entry, settings, token));
        return entries.Count;
    }

    private async Task<int> ReclaimIdleEntriesAsync(EventBusOptions settings, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var idle = (long)settings.Redis.PendingIdleTimeout.TotalMilliseconds;
        var delivered = 0;
        foreach (var subscription in subscriptions.All)
        {
            var claimed = await database.StreamAutoClaimAsync(
                subscription.Topic, settings.Group, _consumerName, idle, "0-0", settings.Redis.ReadBatchSize);
            foreach (var entry in claimed.ClaimedEntries)
            {
                var pending = await database.StreamPendingMessagesAsync(
                    subscription.Topic, settings.Group, 1, _consumerName, entry.Id, entry.Id);
                var deliveries = pending.Length == 0 ? 1 : pending[0].DeliveryCount;
                if (deliveries > settings.Redis.MaxDeliveryAttempts)
                {
                    LogOutOfAttempts(logger, entry.Id.ToString(), subscription.Topic, settings.Redis.MaxDeliveryAttempts);
                    await DeadLetterAsync(subscription, entry, $"not handled after {settings.Redis.MaxDeliveryAttempts} deliveries", settings);
                }
                else
                {
                    await DeliverAsync(subscription, entry, settings, cancellationToken);
                }

                delivered++;
            }
        }

        return delivered;
    }

    private async Task DeliverAsync(EventSubscription subscription, StreamEntry entry, EventBusOptions settings, CancellationToken cancellationToken)
    {
        var data = entry[RedisStreamsEventBus.DataField];
        if (data.IsNull)
        {
            await DeadLetterAsync(subscription, entry, $"malformed: the entry has no '{RedisStreamsEventBus.DataField}' field", settings);
            return;
        }

        DeliveryResult result;
        try
        {
            result = await dispatcher.DispatchAsync(subscription, EventEnvelope.Parse((byte[])data!), cancellationToken);
        }
        catch (MalformedEventException exception)
        {
            result = DeliveryResult.DeadLetter($"malformed: {exception.Message}");
        }

        switch (result.Outcome)
        {
            case DeliveryOutcome.Handled:
                await redis.GetDatabase().StreamAcknowledgeAsync(subscription.Topic, settings.Group, entry.Id);
                break;
            case DeliveryOutcome.DeadLetter:
                await DeadLetterAsync(subscription, entry, result.Reason!, settings);
                break;
            case DeliveryOutcome.Retry:
                // Left pending: claimed again once it has been idle for PendingIdleTimeout.
                break;
        }
    }

    private async Task DeadLetterAsync(EventSubscription subscription, StreamEntry entry, string reason, EventBusOptions settings)
    {
        var data = entry[RedisStreamsEventBus.DataField];
        var payload = data.IsNull ? [] : (byte[])data!;
        await deadLetters.PublishAsync(new DeadLetter(payload, subscription.Topic, settings.Group, reason), CancellationToken.None);
        await redis.GetDatabase().StreamAcknowledgeAsync(subscription.Topic, settings.Group, entry.Id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis does not answer; the event consumer tries again")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Entry {EntryId} on {Topic} was delivered {Attempts} times without success and goes to the dead-letter topic")]
    private static partial void LogOutOfAttempts(ILogger logger, string entryId, string topic, int attempts);
}
