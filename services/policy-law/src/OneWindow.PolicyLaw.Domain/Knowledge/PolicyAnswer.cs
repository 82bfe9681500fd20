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
