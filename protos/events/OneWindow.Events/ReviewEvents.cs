using System.Globalization;
using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("application-assigned", publisher: "review")]
public sealed record ApplicationAssigned : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required AssignmentReason Reason { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-reassigned", publisher: "review")]
public sealed record ApplicationReassigned : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required string PreviousReviewerStaffId { get; init; }

    public required AssignmentReason Reason { get; init; }

    public string? Note { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-reviewed", publisher: "review")]
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

    /// <summary>
    /// A pass that completes the file (办结): its item needs no approval, so none follows. Intake completes the file
    /// and announces it as application-completed; policy-law opens no approval case.
    /// </summary>
    public bool Completed { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("review-deadline-warning", publisher: "review")]
public sealed record ReviewDeadlineWarning : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("review-overdue", publisher: "review")]
public sealed record ReviewOverdue : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("joint-request-sent", publisher: "review")]
public sealed record JointRequestSent : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string OutsideDepartment { get; init; }

    public required DateOnly ReplyDue { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("joint-reply-received", publisher: "review")]
public sealed record JointReplyReceived : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string OutsideDepartment { get; init; }

    public override string Subject => FileId.ToString();
}

/// <summary>
/// Nobody available knows the file's item (every A, B and knower away or gone): the file waits on the
/// first-review head's unassigned list, and this is the alert for the head's inbox.
/// </summary>
[Topic("application-unassigned", publisher: "review")]
public sealed record ApplicationUnassigned : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    /// <summary>The head to alert, when the roster has one available.</summary>
    public string? HeadStaffId { get; init; }

    /// <summary>Who held the file before (a leave handover), if anyone.</summary>
    public string? PreviousReviewerStaffId { get; init; }

    public override string Subject => FileId.ToString();
}

/// <summary>An outside department did not reply by the date asked: escalated to the first-review head.</summary>
[Topic("joint-reply-overdue", publisher: "review")]
public sealed record JointReplyOverdue : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string OutsideDepartment { get; init; }

    public required DateOnly ReplyDue { get; init; }

    public string? HeadStaffId { get; init; }

    public override string Subject => FileId.ToString();
}

/// <summary>
/// One reviewer's first-review work on one day (Shanghai time), published once the day is over, for
/// performance evaluation: decisions taken, returns, and deadlines met (decided in time) or missed (gone overdue).
/// </summary>
[Topic("reviewer-work-recorded", publisher: "review")]
public sealed record ReviewerWorkRecorded : IntegrationEvent
{
    public required string ReviewerStaffId { get; init; }

    public required DateOnly Day { get; init; }

    public required int FilesReviewed { get; init; }

    public required int Passed { get; init; }

    public required int Returned { get; init; }

    public required int Rejected { get; init; }

    public required int DeadlinesMet { get; init; }

    public required int DeadlinesMissed { get; init; }

    public override string Subject => $"{ReviewerStaffId}/{Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

/// <summary>
/// A file's deadline in first review moved without a pause: counted again on a calendar year the district has
/// just loaded (it was provisional). Subject: <c>fileId</c>.
/// </summary>
[Topic("file-deadline-changed", publisher: "review")]
public sealed record FileDeadlineChanged : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required DateTimeOffset PreviousDeadline { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    /// <summary>Still counted over a year not yet loaded.</summary>
    public required bool Provisional { get; init; }

    public override string Subject => FileId.ToString();
}
