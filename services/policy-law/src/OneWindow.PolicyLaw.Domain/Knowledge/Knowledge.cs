using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Knowledge;

/// <summary>A question residents ask about an item and the department's one answer to it (district-wide).</summary>
public sealed class PolicyAnswer
{
    private PolicyAnswer()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string ItemCode { get; private set; } = string.Empty;

    public string Question { get; private set; } = string.Empty;

    public string Answer { get; private set; } = string.Empty;

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static PolicyAnswer Create(string itemCode, string question, string answer, string by, DateTimeOffset at)
    {
        var created = new PolicyAnswer { ItemCode = itemCode };
        created.Revise(question, answer, by, at);
        return created;
    }

    public void Revise(string question, string answer, string by, DateTimeOffset at)
    {
        Question = Text(question, "question", 500);
        Answer = Text(answer, "answer", 4_000);
        UpdatedBy = by;
        UpdatedAt = at;
    }

    private static string Text(string value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) || value.Length > max
            ? throw new DomainException(DomainErrorKind.Invalid, "invalid-" + field, $"{field} is required (at most {max} characters).", field)
            : value.Trim();
}

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
