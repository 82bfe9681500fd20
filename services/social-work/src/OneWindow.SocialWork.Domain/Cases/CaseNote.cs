using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>
/// A note on a case. A sensitive note (health, family conflict, debts…) arrives already encrypted and is shown
/// only to the case's workers and the department head; every reading of it is audited.
/// </summary>
public sealed class CaseNote
{
    public const int MaxLength = 4_000;

    private CaseNote()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public bool Sensitive { get; private set; }

    /// <summary>The text; for a sensitive note, its ciphertext (purpose <c>case_notes.text</c>).</summary>
    public string Text { get; private set; } = string.Empty;

    public string WrittenBy { get; private set; } = string.Empty;

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>Checks the plain text before it is (perhaps) encrypted.</summary>
    public static string Validate(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new DomainException(DomainErrorKind.Invalid, "note-required", "text is required.", "text")
            : text.Trim().Length > MaxLength
                ? throw new DomainException(DomainErrorKind.Invalid, "note-too-long", $"text is at most {MaxLength} characters.", "text")
                : text.Trim();

    public static CaseNote Write(Guid id, SocialCase socialCase, bool sensitive, string storedText, string by, DateTimeOffset at)
    {
        if (!socialCase.IsOpen)
        {
            throw new DomainException(DomainErrorKind.Conflict, "case-closed", "The case is closed.", "caseId");
        }

        return new CaseNote { Id = id, CaseId = socialCase.Id, Sensitive = sensitive, Text = storedText, WrittenBy = by, WrittenAt = at };
    }
}
