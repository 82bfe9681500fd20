using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("delivery-task-created", publisher: "notification")]
public sealed record DeliveryTaskCreated : IntegrationEvent
{
    public required Guid TaskId { get; init; }

    public required Guid FileId { get; init; }

    public required string GridManagerStaffId { get; init; }

    public required DateTimeOffset Due { get; init; }

    public override string Subject => TaskId.ToString();
}

[Topic("delivery-confirmed", publisher: "notification")]
public sealed record DeliveryConfirmed : IntegrationEvent
{
    public required Guid TaskId { get; init; }

    public required Guid FileId { get; init; }

    public required string GridManagerStaffId { get; init; }

    public required DateTimeOffset DeliveredAt { get; init; }

    public override string Subject => TaskId.ToString();
}

[Topic("delivery-failed", publisher: "notification")]
public sealed record DeliveryFailed : IntegrationEvent
{
    public required Guid TaskId { get; init; }

    public required Guid FileId { get; init; }

    public required string GridManagerStaffId { get; init; }

    public required DateTimeOffset AttemptedAt { get; init; }

    public required string Reason { get; init; }

    public override string Subject => TaskId.ToString();
}
