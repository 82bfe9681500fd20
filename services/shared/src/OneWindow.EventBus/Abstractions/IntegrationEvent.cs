using System.Text.Json.Serialization;

namespace OneWindow.EventBus;

/// <summary>
/// A fact one service tells the others. Carries ids and the facts consumers act on, never
/// personal data (docs/events.md). The id is the CloudEvent id and the key consumers deduplicate on.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>When the fact happened, from the producer's TimeProvider.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The street centre (tenant) the fact belongs to; null for district-wide facts such as the catalogue.</summary>
    public required string? Tenant { get; init; }

    /// <summary>The CloudEvent subject: the id of the main entity the fact is about.</summary>
    [JsonIgnore]
    public abstract string Subject { get; }

    /// <summary>W3C trace context of the operation that raised the event, carried as CloudEvent extensions.</summary>
    [JsonIgnore]
    public TraceContext? Trace { get; init; }
}
