using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("resident-registered", publisher: "intake")]
public sealed record ResidentRegistered : IntegrationEvent
{
    public required Guid ResidentId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required EligibilityFacts Facts { get; init; }

    public override string Subject => ResidentId.ToString();
}

[Topic("resident-updated", publisher: "intake")]
public sealed record ResidentUpdated : IntegrationEvent
{
    public required Guid ResidentId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required EligibilityFacts Facts { get; init; }

    public override string Subject => ResidentId.ToString();
}

[Topic("household-changed", publisher: "intake")]
public sealed record HouseholdChanged : IntegrationEvent
{
    public required Guid HouseholdId { get; init; }

    public required IReadOnlyList<Guid> MemberIds { get; init; }

    public required EligibilityFacts Facts { get; init; }

    public override string Subject => HouseholdId.ToString();
}

[Topic("ticket-issued", publisher: "intake")]
public sealed record TicketIssued : IntegrationEvent
{
    public required Guid TicketId { get; init; }

    /// <summary>The number called out, e.g. <c>A017</c>.</summary>
    public required string Number { get; init; }

    public required WindowType WindowType { get; init; }

    public override string Subject => TicketId.ToString();
}

[Topic("ticket-called", publisher: "intake")]
public sealed record TicketCalled : IntegrationEvent
{
    public required Guid TicketId { get; init; }

    public required string Number { get; init; }

    public required WindowType WindowType { get; init; }

    public required string Window { get; init; }

    public required string ClerkStaffId { get; init; }

    public required int WaitedSeconds { get; init; }

    public override string Subject => TicketId.ToString();
}

[Topic("ticket-served", publisher: "intake")]
public sealed record TicketServed : IntegrationEvent
{
    public required Guid TicketId { get; init; }

    public required WindowType WindowType { get; init; }

    public required string Window { get; init; }

    public required string ClerkStaffId { get; init; }

    public required int WaitedSeconds { get; init; }

    public required int ServedSeconds { get; init; }

    /// <summary>
    /// A clerk issued the ticket (not a kiosk): the service happened, but it is not counted as a ticket served in the
    /// clerk's performance (docs/adr/0031). Absent in events published before the field: false.
    /// </summary>
    public bool IssuedByStaff { get; init; }

    public override string Subject => TicketId.ToString();
}

[Topic("application-accepted", publisher: "intake")]
public sealed record ApplicationAccepted : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    public required int ItemVersion { get; init; }

    public required ItemKind Kind { get; init; }

    public required Guid ResidentId { get; init; }

    public required Guid HouseholdId { get; init; }

    public required string AcceptingClerkStaffId { get; init; }

    /// <summary>Files accepted in the same visit (一次性办结).</summary>
    public IReadOnlyList<Guid> BundledWith { get; init; } = [];

    public required DeliveryMethod DeliveryMethod { get; init; }

    /// <summary>End of the statutory time limit (working-day calendar), null for instant items.</summary>
    public DateTimeOffset? StatutoryDeadline { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("application-completed", publisher: "intake")]
public sealed record ApplicationCompleted : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required string ItemCode { get; init; }

    public required CompletionOutcome Outcome { get; init; }

    public required string CompletedByStaffId { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("supplement-received", publisher: "intake")]
public sealed record SupplementReceived : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required int ReturnRound { get; init; }

    public required IReadOnlyList<string> MaterialCodes { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("fee-paid", publisher: "intake")]
public sealed record FeePaid : IntegrationEvent
{
    public required Guid FileId { get; init; }

    public required decimal Amount { get; init; }

    public required PaymentMethod Method { get; init; }

    public required string ReceiptNumber { get; init; }

    public override string Subject => FileId.ToString();
}

[Topic("rating-recorded", publisher: "intake")]
public sealed record RatingRecorded : IntegrationEvent
{
    public required Guid TicketId { get; init; }

    public required string ClerkStaffId { get; init; }

    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public required int Score { get; init; }

    public override string Subject => TicketId.ToString();
}

[Topic("complaint-recorded", publisher: "intake")]
public sealed record ComplaintRecorded : IntegrationEvent
{
    public required Guid ComplaintId { get; init; }

    public Guid? TicketId { get; init; }

    public string? ClerkStaffId { get; init; }

    public required string Category { get; init; }

    public override string Subject => ComplaintId.ToString();
}

/// <summary>
/// A centre was registered or its register entry changed (docs/adr/0028): the whole entry, so a service that missed one
/// version is right again with the next. District-wide: <see cref="IntegrationEvent.Tenant"/> is null.
/// </summary>
[Topic("centre-changed", publisher: "intake", DistrictWide = true)]
public sealed record CentreChanged : IntegrationEvent
{
    public required string Code { get; init; }

    /// <summary>Counts up from 1 with each change; a service keeps the highest it has seen.</summary>
    public required int Version { get; init; }

    public required string Name { get; init; }

    public required string Address { get; init; }

    public required string Phone { get; init; }

    /// <summary>Daily opening hours, China time, "08:30-17:00".</summary>
    public required string OpeningHours { get; init; }

    /// <summary>False once the district has closed the centre: its staff can no longer act in it.</summary>
    public required bool Open { get; init; }

    public override string Subject => Code;
}
