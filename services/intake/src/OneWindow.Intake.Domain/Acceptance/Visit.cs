using OneWindow.Common.Errors;
using OneWindow.Common.Time;

namespace OneWindow.Intake.Domain.Acceptance;

/// <summary>
/// One visit of a resident to a window (一次性办结): the materials checked once count for every file
/// accepted in it, and the files accepted in it are bundled with each other.
/// </summary>
public sealed class Visit
{
    private readonly List<string> _materialCodes = [];
    private readonly List<string> _offeredItemCodes = [];

    private Visit()
    {
    }

    public Guid Id { get; private set; }

    public Guid ResidentId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public string ClerkStaffId { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public IReadOnlyList<string> MaterialCodes => _materialCodes;

    /// <summary>
    /// The items due for the household that the visit's acceptance receipts offered (应办尽办), kept so the director's
    /// reform outcomes can show that what was due was offered, not only that it could have been.
    /// </summary>
    public IReadOnlyList<string> OfferedItemCodes => _offeredItemCodes;

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
        _materialCodes.AddRange(presented.Distinct(StringComparer.Ordinal).Except(_materialCodes, StringComparer.Ordinal).ToList());
        return _materialCodes;
    }

    /// <summary>Items offered as due in this visit, including those just offered.</summary>
    public void Offer(IEnumerable<string> itemCodes) =>
        _offeredItemCodes.AddRange(itemCodes.Distinct(StringComparer.Ordinal).Except(_offeredItemCodes, StringComparer.Ordinal).ToList());

    /// <summary>A file joins a visit of the same resident or household, on the day the visit began.</summary>
    public void RequireContinuedBy(Guid residentId, Guid householdId, DateOnly today)
    {
        if ((ResidentId != residentId && HouseholdId != householdId) || today != DateOnly.FromDateTime(ChinaTime.ToChina(StartedAt).DateTime))
        {
            throw new DomainException(DomainErrorKind.Invalid, "visit-mismatch", "This visit is of another household or another day.", "visitId");
        }
    }
}
