using Dapr.Client;
using Microsoft.Extensions.Options;

namespace OneWindow.EventBus.Dapr;

/// <summary>
/// Publishes through the Dapr sidecar. The CloudEvent is sent as <c>application/cloudevents+json</c>,
/// so Dapr forwards our envelope (tenant, trace context) instead of wrapping it in one of its own.
/// </summary>
internal sealed class DaprEventBus(DaprClient dapr, IOptions<EventBusOptions> options) : IEventBus, IDeadLetterPublisher
{
    public Task PublishAsync(EventEnvelope envelope, CancellationToken cancellationToken) =>
        dapr.PublishByteEventAsync(
            options.Value.PubSubName,
            envelope.Topic,
            envelope.ToJson(),
            EventEnvelope.ContentType,
            cancellationToken: cancellationToken);

    public Task PublishAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Dapr carries metadata as headers to the dead-letter consumer; the payload stays as it came.
        var metadata = new Dictionary<string, string>
        {
            ["origin-topic"] = deadLetter.OriginTopic,
            ["consumer"] = deadLetter.Consumer,
            ["reason"] = deadLetter.Reason,
            ["rawPayload"] = "true",
        };
        return dapr.PublishByteEventAsync(
            settings.PubSubName,
            settings.DeadLetterTopic,
            deadLetter.Payload,
            "application/octet-stream",
            metadata,
            cancellationToken);
    }
}
