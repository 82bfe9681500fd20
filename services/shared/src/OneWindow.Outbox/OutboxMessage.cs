namespace OneWindow.Outbox;

/// <summary>
/// An event written in the same transaction as the state change that raised it, waiting to be
/// published. Holds the finished CloudEvent, so what is published is exactly what was committed.
/// </summary>
public sealed class OutboxMessage
{
    public required Guid Id { get; init; }

    public required string Topic { get; init; }

    public required string Type { get; init; }

    public string? Tenant { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The CloudEvent JSON.</summary>
    public required string CloudEvent { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? LastError { get; set; }
}
