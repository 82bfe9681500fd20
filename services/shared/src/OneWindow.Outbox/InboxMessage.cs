namespace OneWindow.Outbox;

/// <summary>An event a consumer has handled: a redelivery of it has no second effect.</summary>
public sealed class InboxMessage
{
    public required Guid EventId { get; init; }

    public required string Consumer { get; init; }

    public required string Topic { get; init; }

    public required DateTimeOffset HandledAt { get; init; }
}
