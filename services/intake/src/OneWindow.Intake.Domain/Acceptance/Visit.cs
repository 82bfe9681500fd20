namespace OneWindow.Intake.Domain.Acceptance;

/// <summary>
/// One visit of a resident to a window (一次性办结): the materials checked once count for every file
/// accepted in it, and the files accepted in it are bundled with each other.
/// </summary>
public sealed class Visit
{
    private Visit()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResidentId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public string ClerkStaffId { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public List<string> MaterialCodes { get; private set; } = [];

    public static Visit Start(Guid residentId, Guid householdId, string clerk, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ResidentId = residentId,
        HouseholdId = householdId,
        ClerkStaffId = clerk,
        StartedAt = now,
    };

    /// <summary>Materials checked in this visit, including those just presented.</summary>
    public IReadOnlyList<string> Check(IEnumerable<string> presented)
    {
        MaterialCodes = [.. MaterialCodes.Union(presented, StringComparer.Ordinal)];
        return MaterialCodes;
    }

    public bool Concerns(Guid residentId, Guid householdId) => ResidentId == residentId || HouseholdId == householdId;
}
