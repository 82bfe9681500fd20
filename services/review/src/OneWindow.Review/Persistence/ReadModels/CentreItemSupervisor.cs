namespace OneWindow.Review.Persistence.ReadModels;

/// <summary>
/// The business supervisor a centre names for an item (policy-law's centre item settings); it takes the
/// place of the district's for that centre's re-checks. A centre's read model, under row-level security.
/// </summary>
public sealed class CentreItemSupervisor
{
    public Guid Id { get; init; }

    public required string ItemCode { get; init; }

    public string? SupervisorStaffId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
