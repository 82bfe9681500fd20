using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Knowledge;

/// <summary>
/// A question residents ask about an item and the department's one answer to it, read at every centre's consultation
/// window (district-wide). It is revised only by whoever keeps it: the centre whose policy officer wrote it, or the
/// district for the district's own answers (docs/adr/0031).
/// </summary>
public sealed class PolicyAnswer
{
    private PolicyAnswer()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string ItemCode { get; private set; } = string.Empty;

    public string Question { get; private set; } = string.Empty;

    public string Answer { get; private set; } = string.Empty;

    /// <summary>The centre that wrote the answer and alone revises it; null: the district's (the district admin revises it).</summary>
    public string? Centre { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A new answer, kept by the writer's centre (<paramref name="centre"/>; null: the district's).</summary>
    public static PolicyAnswer Create(string itemCode, string question, string answer, string by, string? centre, DateTimeOffset at)
    {
        var created = new PolicyAnswer { ItemCode = itemCode, Centre = centre };
        created.Revise(question, answer, by, centre, at);
        return created;
    }

    /// <summary>Revised by its own centre, or by the district (<paramref name="byCentre"/> null), which may revise any.</summary>
    public void Revise(string question, string answer, string by, string? byCentre, DateTimeOffset at)
    {
        if (byCentre is not null && byCentre != Centre)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-centres-answer",
                Centre is null
                    ? "This answer is the district's: only the district admin revises it. Write your own answer, or ask the district to revise it."
                    : "This answer was written by another centre: only that centre revises it. Write your own answer, or ask the district to revise it.",
                "answerId");
        }

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
