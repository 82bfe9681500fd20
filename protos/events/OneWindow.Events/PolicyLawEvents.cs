using OneWindow.EventBus;

namespace OneWindow.Events;

/// <summary>A version of a catalogue item took (or will take) effect: the district standard.</summary>
[Topic("catalogue-item-published", publisher: "policy-law", DistrictWide = true)]
public sealed record CatalogueItemPublished : IntegrationEvent
{
    public required string ItemCode { get; init; }

    public required int Version { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required ItemKind Kind { get; init; }

    public required WindowType WindowType { get; init; }

    public required ItemScope Scope { get; init; }

    /// <summary>Statutory time limit in working days (0 for instant items).</summary>
    public required int TimeLimitWorkingDays { get; init; }

    public required bool TimeLimited { get; init; }

    /// <summary>Staff id of the business supervisor who re-checks time-limited files.</summary>
    public string? SupervisorStaffId { get; init; }

    /// <summary>For periodic items (annual reviews): months from the last approval until it falls due again.</summary>
    public int? RecurrenceMonths { get; init; }

    /// <summary>Whether first review's pass sends a file to approval; false: review completes it (办结). True when absent.</summary>
    public bool NeedsApproval { get; init; } = true;

    public required IReadOnlyList<RequiredMaterialFact> Materials { get; init; }

    public override string Subject => $"{ItemCode}@{Version}";
}

/// <summary>A centre enabled or disabled an item, or changed its local note (一街一策).</summary>
[Topic("centre-item-settings-changed", publisher: "policy-law")]
public sealed record CentreItemSettingsChanged : IntegrationEvent
{
    public required string ItemCode { get; init; }

    public required bool Enabled { get; init; }

    public string? LocalNote { get; init; }

    /// <summary>The business supervisor this centre names for the item's re-checks; null: the district's, if any.</summary>
    public string? SupervisorStaffId { get; init; }

    public override string Subject => ItemCode;
}

[Topic("application-approved", publisher: "policy-law")]
public sealed record ApplicationApproved : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    public required string ApproverStaffId { get; init; }

    public string? Reason { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-rejected", publisher: "policy-law")]
public sealed record ApplicationRejected : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    public required string ApproverStaffId { get; init; }

    public required string Reason { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-returned-by-approval", publisher: "policy-law")]
public sealed record ApplicationReturnedByApproval : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    public required string ApproverStaffId { get; init; }

    public required string Reason { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("approval-deadline-warning", publisher: "policy-law")]
public sealed record ApprovalDeadlineWarning : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("approval-overdue", publisher: "policy-law")]
public sealed record ApprovalOverdue : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required DateTimeOffset Deadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("disbursement-scheduled", publisher: "policy-law")]
public sealed record DisbursementScheduled : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required string ItemCode { get; init; }

    /// <summary>The month paid for, <c>yyyy-MM</c>.</summary>
    public required string Period { get; init; }

    public required decimal Amount { get; init; }

    public override string Subject => HouseholdId.ToString();
}

[Topic("disbursement-paid", publisher: "policy-law")]
public sealed record DisbursementPaid : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required string ItemCode { get; init; }

    public required string Period { get; init; }

    public required decimal Amount { get; init; }

    public override string Subject => HouseholdId.ToString();
}

/// <summary>
/// A payment the bank did not make (an account closed, a name that does not match) or that could not go to the bank
/// for want of a payee: it is paid again in the next batch, and the resident is told so they can bring the right
/// account. The reason is the bank's words, never the account.
/// </summary>
[Topic("disbursement-failed", publisher: "policy-law")]
public sealed record DisbursementFailed : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required string ItemCode { get; init; }

    public required string Period { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>The bank's reason as its return file gave it; empty when it gave none.</summary>
    public required string Reason { get; init; }

    public override string Subject => HouseholdId.ToString();
}

/// <summary>
/// A household holds a benefit from an approval on: a first grant, or a review that renewed or reinstated it. The
/// household's own record of the benefits it holds follows it.
/// </summary>
[Topic("benefit-granted", publisher: "policy-law")]
public sealed record BenefitGranted : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required string ItemCode { get; init; }

    public required Guid FileId { get; init; }

    /// <summary>The monthly amount approved, CNY.</summary>
    public required decimal MonthlyAmount { get; init; }

    public override string Subject => HouseholdId.ToString();
}

/// <summary>
/// The annual review of a periodic benefit falls due: the resident is told to come before the due date, or the benefit
/// is suspended then, and ends after the item's grace period.
/// </summary>
[Topic("benefit-review-due", publisher: "policy-law")]
public sealed record BenefitReviewDue : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required string ItemCode { get; init; }

    /// <summary>The day the review falls due: payment is suspended after it.</summary>
    public required DateOnly DueOn { get; init; }

    /// <summary>The day the benefit ends if it is still not reviewed.</summary>
    public required DateOnly EndsOn { get; init; }

    public override string Subject => HouseholdId.ToString();
}

public enum BenefitEndReason
{
    NotRenewed,
    NoLongerEligible,
}

[Topic("benefit-ended", publisher: "policy-law")]
public sealed record BenefitEnded : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required string ItemCode { get; init; }

    public required BenefitEndReason Reason { get; init; }

    /// <summary>The item's name in the catalogue when the benefit ended: a consumer whose copy of the catalogue has not yet heard of the item still names it.</summary>
    public string? ItemName { get; init; }

    public override string Subject => HouseholdId.ToString();
}

public enum QualityCheckOutcome
{
    Correct,
    Error,
}

[Topic("review-quality-checked", publisher: "policy-law")]
public sealed record ReviewQualityChecked : IntegrationEvent
{
    public required string ReviewerStaffId { get; init; }

    public required Guid FileId { get; init; }

    public required QualityCheckOutcome Outcome { get; init; }

    /// <summary>Set when the outcome is an error, e.g. <c>material-overlooked</c>.</summary>
    public string? ErrorCategory { get; init; }

    public override string Subject => FileId.ToString();
}
