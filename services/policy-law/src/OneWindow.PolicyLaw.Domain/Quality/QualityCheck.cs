using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Quality;

/// <summary>One sampled decision, rechecked by the policy-and-law department (初审质量抽查).</summary>
public sealed class QualityCheck
{
    public static readonly IReadOnlySet<string> ErrorCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        "material-overlooked", "wrong-eligibility", "wrong-calculation", "missing-signature", "late", "other",
    };

    private QualityCheck()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FileId { get; private set; }

    public string ReviewerStaffId { get; private set; } = string.Empty;

    public string ItemCode { get; private set; } = string.Empty;

    public string ReviewOutcome { get; private set; } = string.Empty;

    public string Month { get; private set; } = string.Empty;

    public QualityOutcome Outcome { get; private set; }

    public string? ErrorCategory { get; private set; }

    public string? Note { get; private set; }

    public string? CheckedBy { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public static QualityCheck Sample(ReviewedDecision decision) => new()
    {
        FileId = decision.FileId,
        ReviewerStaffId = decision.ReviewerStaffId,
        ItemCode = decision.ItemCode,
        ReviewOutcome = decision.Outcome,
        Month = decision.Month,
        Outcome = QualityOutcome.Pending,
    };

    /// <summary>
    /// Records the recheck. Nobody checks their own review, and an error names its category (it feeds
    /// the reviewer's monthly performance).
    /// </summary>
    public void Record(bool correct, string? errorCategory, string? note, string checkedBy, DateTimeOffset at)
    {
        if (Outcome != QualityOutcome.Pending)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-checked", "This decision has already been checked.", "checkId");
        }

        if (checkedBy == ReviewerStaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "Nobody checks their own review.", "checkId");
        }

        if (!correct && (errorCategory is null || !ErrorCategories.Contains(errorCategory)))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-error-category",
                "An error names its category: " + string.Join(", ", ErrorCategories.Order()), "errorCategory");
        }

        Outcome = correct ? QualityOutcome.Correct : QualityOutcome.Error;
        ErrorCategory = correct ? null : errorCategory;
        Note = note?.Trim();
        CheckedBy = checkedBy;
        CheckedAt = at;
    }
}
