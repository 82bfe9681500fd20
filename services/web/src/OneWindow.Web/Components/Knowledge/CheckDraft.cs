using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Knowledge;

/// <summary>The officer's recheck of one sampled decision: correct, or an error with its category and a note.</summary>
public sealed class CheckDraft
{
    /// <summary>The categories policy-law accepts for an error, in the order a checker weighs them.</summary>
    public static readonly IReadOnlyList<string> ErrorCategories = ["material-overlooked", "wrong-eligibility", "wrong-calculation", "missing-signature", "late", "other"];

    public string ErrorCategory { get; set; } = string.Empty;

    public string Note { get; set; } = string.Empty;

    public RecordCheckRequest Correct(string checkId) => new() { CheckId = checkId, Outcome = "correct", Note = NoteOrNull };

    public RecordCheckRequest Error(string checkId) => new() { CheckId = checkId, Outcome = "error", ErrorCategory = ErrorCategory, Note = NoteOrNull };

    private string? NoteOrNull => string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
}
