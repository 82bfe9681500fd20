using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OneWindow.EventBus.Redis;

/// <summary>
/// Publishes as Dapr's <c>pubsub.redis</c> does: XADD to the stream named after the topic, one field
/// <c>data</c> holding the CloudEvent JSON, trimmed to about <see cref="RedisStreamsOptions.MaxLenApprox"/>.
/// </summary>
internal sealed class RedisStreamsEventBus(IConnectionMultiplexer redis, IOptions<EventBusOptions> options) : IEventBus, IDeadLetterPublisher
{
    public const string DataField = "data";

    public async Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken) =>
        await redis.GetDatabase().StreamAddAsync(
            envelope.Topic,
            DataField,
            envelope.ToJson(),
            maxLength: options.Value.Redis.MaxLenApprox,
            useApproximateMaxLength: true);

    /// <summary>
    /// The dead-letter entry keeps the original bytes in <c>data</c> (so a tool that replays it needs
    /// no special case) and says where it came from and why.
    /// </summary>
    public async Task PublishAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await redis.GetDatabase().StreamAddAsync(
            settings.DeadLetterTopic,
            [
                new NameValueEntry(DataField, deadLetter.Payload.ToArray()),
                new NameValueEntry("origin-topic", deadLetter.OriginTopic),
                new NameValueEntry("consumer", deadLetter.Consumer),
                new NameValueEntry("reason", deadLetter.Reason),
            ],
            maxLength: settings.Redis.MaxLenApprox,
            useApproximateMaxLength: true);
    }
}
