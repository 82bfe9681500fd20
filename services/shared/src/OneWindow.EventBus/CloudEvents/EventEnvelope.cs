using System.Globalization;
using System.Text.Json;

namespace OneWindow.EventBus;

/// <summary>
/// One event as a CloudEvent 1.0 (structured JSON mode), in the shape Dapr's pub/sub writes: the
/// attributes Dapr adds (<c>topic</c>, <c>pubsubname</c>, <c>traceparent</c>, <c>tracestate</c>) plus our
/// <c>tenant</c> extension. Both adapters carry exactly these bytes.
/// </summary>
public sealed record EventEnvelope
{
    public const string ContentType = "application/cloudevents+json";

    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Source { get; init; }

    public required string Topic { get; init; }

    public required string PubSubName { get; init; }

    public string? Subject { get; init; }

    public required DateTimeOffset Time { get; init; }

    public string? Tenant { get; init; }

    public TraceContext? Trace { get; init; }

    /// <summary>The event's own JSON (<see cref="EventJson"/>): the CloudEvent <c>data</c>.</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }

    public static EventEnvelope Wrap(IntegrationEvent integrationEvent, string source, string pubSubName)
    {
        var type = integrationEvent.GetType();
        return new EventEnvelope
        {
            Id = integrationEvent.Id.ToString(),
            Type = EventTopic.CloudEventType(type, source),
            Source = source,
            Topic = EventTopic.Of(type),
            PubSubName = pubSubName,
            Subject = integrationEvent.Subject,
            Time = integrationEvent.OccurredAt,
            Tenant = integrationEvent.Tenant,
            Trace = integrationEvent.Trace,
            Data = JsonSerializer.SerializeToUtf8Bytes(integrationEvent, type, EventJson.Options),
        };
    }

    /// <summary>The payload as the event class it names, with the envelope's trace context attached.</summary>
    public IntegrationEvent Unwrap(Type eventType)
    {
        IntegrationEvent? integrationEvent;
        try
        {
            integrationEvent = (IntegrationEvent?)JsonSerializer.Deserialize(Data.Span, eventType, EventJson.Options);
        }
        catch (JsonException exception)
        {
            throw new MalformedEventException($"The data of event {Id} is not a valid {eventType.Name}: {exception.Message}", exception);
        }

        return integrationEvent is null
            ? throw new MalformedEventException($"The data of event {Id} is null.")
            : integrationEvent with { Trace = Trace };
    }

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream(Data.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("specversion", "1.0");
            writer.WriteString("id", Id);
            writer.WriteString("source", Source);
            writer.WriteString("type", Type);
            if (Subject is not null)
            {
                writer.WriteString("subject", Subject);
            }

            writer.WriteString("time", Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("datacontenttype", "application/json");
            writer.WriteString("topic", Topic);
            writer.WriteString("pubsubname", PubSubName);
            if (Tenant is not null)
            {
                writer.WriteString("tenant", Tenant);
            }

            if (Trace is not null)
            {
                writer.WriteString("traceparent", Trace.TraceParent);
                if (Trace.TraceState is { Length: > 0 })
                {
                    writer.WriteString("tracestate", Trace.TraceState);
                }
            }

            writer.WritePropertyName("data");
            writer.WriteRawValue(Data.Span, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a structured-mode CloudEvent; anything else is a <see cref="MalformedEventException"/>.</summary>
    public static EventEnvelope Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedEventException("A CloudEvent must be a JSON object.");
            }

            if (Optional(root, "specversion") != "1.0")
            {
                throw new MalformedEventException("Only CloudEvents 1.0 are accepted.");
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedEventException("The CloudEvent has no JSON object as data.");
            }

            var traceParent = Optional(root, "traceparent");
            var timeText = Optional(root, "time");
            return new EventEnvelope
            {
                Id = Required(root, "id"),
                Type = Required(root, "type"),
                Source = Required(root, "source"),
                Topic = Optional(root, "topic") ?? string.Empty,
                PubSubName = Optional(root, "pubsubname") ?? string.Empty,
                Subject = Optional(root, "subject"),
                Time = timeText is null
                    ? DateTimeOffset.MinValue
                    : DateTimeOffset.Parse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
                Tenant = Optional(root, "tenant"),
                Trace = traceParent is null ? null : new TraceContext(traceParent, Optional(root, "tracestate")),
                Data = System.Text.Encoding.UTF8.GetBytes(data.GetRawText()),
            };
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            throw new MalformedEventException($"Not a CloudEvent: {exception.Message}", exception);
        }
    }

    private static string Required(JsonElement root, string name) =>
        Optional(root, name) is { Length: > 0 } value
            ? value
            : throw new MalformedEventException($"The CloudEvent has no '{name}'.");

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
