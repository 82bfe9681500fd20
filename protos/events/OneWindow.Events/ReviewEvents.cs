using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("application-assigned")]
public sealed record ApplicationAssigned : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required AssignmentReason Reason { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-reassigned")]
public sealed record ApplicationReassigned : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required string PreviousReviewerStaffId { get; init; }

    public required AssignmentReason Reason { get; init; }

    public string? Note { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-reviewed")]
public sealed record ApplicationReviewed : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    public required int ItemVersion { get; init; }

    public required ReviewOutcome Outcome { get; init; }

    public required string ReviewerStaffId { get; init; }

    /// <summary>The clerk who accepted the file: approval must be someone else again.</summary>
    public required string AcceptingClerkStaffId { get; init; }

    public Guid? HouseholdId { get; init; }

    /// <summary>0 for the first review; 1 or 2 after returns.</summary>
    public required int ReturnRound { get; init; }

    public IReadOnlyList<string> MissingMaterialCodes { get; init; } = [];

    public string? Reason { get; init; }

    public DateTimeOffset? StatutoryDeadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("review-deadline-warning")]
public sealed record ReviewDeadlineWarning : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("review-overdue")]
public sealed record ReviewOverdue : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("joint-request-sent")]
public sealed record JointRequestSent : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string OutsideDepartment { get; init; }

    public required DateOnly ReplyDue { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("joint-reply-received")]
public sealed record JointReplyReceived : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string OutsideDepartment { get; init; }

    public override string Subject => FileId.ToString();
}
