using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Knowledge;

/// <summary>A training session on items, with who attended: evidence that every role was trained on every item.</summary>
public sealed class TrainingSession
{
    // Not readonly: EF materializes each array column into its field.
    private List<string> _itemCodes = [];
    private List<string> _attendeeStaffIds = [];

    private TrainingSession()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Title { get; private set; } = string.Empty;

    public DateOnly HeldOn { get; private set; }

    public IReadOnlyList<string> ItemCodes => _itemCodes;

    public IReadOnlyList<string> AttendeeStaffIds => _attendeeStaffIds;

    public string Trainer { get; private set; } = string.Empty;

    public static TrainingSession Record(string title, DateOnly heldOn, DateOnly today, IReadOnlyCollection<string> itemCodes, IReadOnlyCollection<string> attendees, string trainer)
    {
        if (heldOn > today)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "training-in-future", "A training is recorded once it has been held.", "heldOn");
        }

        if (itemCodes.Count == 0 || attendees.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "training-incomplete", "A training covers at least one item and has at least one attendee.", itemCodes.Count == 0 ? "itemCodes" : "attendeeStaffIds");
        }

        return new TrainingSession
        {
            Title = string.IsNullOrWhiteSpace(title) ? throw new DomainException(DomainErrorKind.Invalid, "title-required", "A training has a title.", "title") : title.Trim(),
            HeldOn = heldOn,
            _itemCodes = [.. itemCodes.Distinct()],
            _attendeeStaffIds = [.. attendees.Distinct()],
            Trainer = trainer,
        };
    }
}
