using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("case-opened", publisher: "social-work")]
public sealed record CaseOpened : IntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required string WorkerStaffId { get; init; }

    public override string Subject => CaseId.ToString();
}

[Topic("case-closed", publisher: "social-work")]
public sealed record CaseClosed : IntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required string WorkerStaffId { get; init; }

    public override string Subject => CaseId.ToString();
}

[Topic("home-visit-recorded", publisher: "social-work")]
public sealed record HomeVisitRecorded : IntegrationEvent
{
    public required Guid VisitId { get; init; }

    /// <summary>The case the visit was for; null for a visit outside any case (an assistance investigation, 民政救助入户调查).</summary>
    public Guid? CaseId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required string WorkerStaffId { get; init; }

    public override string Subject => VisitId.ToString();
}

[Topic("referral-made", publisher: "social-work")]
public sealed record ReferralMade : IntegrationEvent
{
    public required Guid ReferralId { get; init; }

    public required Guid CaseId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required string WorkerStaffId { get; init; }

    public override string Subject => ReferralId.ToString();
}

[Topic("silent-family-found", publisher: "social-work")]
public sealed record SilentFamilyFound : IntegrationEvent
{
    public required Guid FindingId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public override string Subject => FindingId.ToString();
}
