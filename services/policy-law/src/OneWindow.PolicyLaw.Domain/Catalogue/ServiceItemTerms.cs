using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.PolicyLaw.Domain.Catalogue;

/// <summary>
/// What a version of an item requires and promises: the guide's content, the statutory time limit, the
/// eligibility rule and, for benefits, the monthly amount.
/// </summary>
public sealed record ServiceItemTerms
{
    public required int TimeLimitWorkingDays { get; init; }

    public required bool TimeLimited { get; init; }

    /// <summary>
    /// A district-wide default for the business supervisor who re-checks time-limited files; each centre
    /// names its own (<see cref="CentreItemSetting.SupervisorStaffId"/>), which wins.
    /// </summary>
    public string? SupervisorStaffId { get; init; }

    public required string LegalBasis { get; init; }

    public required IReadOnlyList<string> FlowSteps { get; init; }

    /// <summary>For periodic items such as annual reviews: due again this many months after the last approval.</summary>
    public int? RecurrenceMonths { get; init; }

    /// <summary>
    /// For a periodic benefit: how many days before its review falls due the resident is told that payment is
    /// suspended on the due date unless they come; <see cref="ReviewTerms.DefaultNoticeDays"/> when the item states none.
    /// </summary>
    public int? ReviewNoticeDays { get; init; }

    /// <summary>
    /// For a periodic benefit: how many days after the due date a suspended benefit still waits for a late review
    /// before it ends; <see cref="ReviewTerms.DefaultGraceDays"/> when the item states none.
    /// </summary>
    public int? ReviewGraceDays { get; init; }

    /// <summary>When a periodic item's review falls due, is announced and, left undone, ends the benefit; null for other items.</summary>
    public ReviewTerms? Review => RecurrenceMonths is { } months
        ? new ReviewTerms(months, ReviewNoticeDays ?? ReviewTerms.DefaultNoticeDays, ReviewGraceDays ?? ReviewTerms.DefaultGraceDays)
        : null;

    public required IReadOnlyList<RequiredMaterial> Materials { get; init; }

    /// <summary>Who qualifies, as an expression over <see cref="Eligibility.HouseholdFacts"/>; null when anyone may apply.</summary>
    public string? EligibilityRule { get; init; }

    /// <summary>For benefit items: the monthly amount in CNY, as an expression over the same facts.</summary>
    public string? MonthlyAmountRule { get; init; }

    /// <summary>
    /// For benefit items: a monthly amount in CNY above which an approval waits for the centre's director to confirm it
    /// (money decided by two people); null when every amount is the approver's alone.
    /// </summary>
    public decimal? DirectorConfirmAbove { get; init; }

    /// <summary>
    /// Whether a file of the item goes from first review to approval; false: first review's pass completes it (办结),
    /// for items whose decision is the reviewer's check of the materials. Instant items never reach either.
    /// </summary>
    public bool NeedsApproval { get; init; } = true;

    internal void Validate(ItemKind kind, IReadOnlyCollection<Eligibility.FactDefinition>? definedFacts = null)
    {
        if (TimeLimitWorkingDays is < 0 or > 180 || (kind == ItemKind.Instant) != (TimeLimitWorkingDays == 0))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-time-limit",
                "Instant items have no time limit; routed and joint items have 1 to 180 working days.", "timeLimitWorkingDays");
        }

        if (string.IsNullOrWhiteSpace(LegalBasis))
        {
            throw new DomainException(DomainErrorKind.Invalid, "legal-basis-required", "Every item states its legal basis.", "legalBasis");
        }

        if (RecurrenceMonths is < 1 or > 60)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-recurrence", "A recurrence is 1 to 60 months.", "recurrenceMonths");
        }

        if (RecurrenceMonths is null && (ReviewNoticeDays is not null || ReviewGraceDays is not null))
        {
            throw new DomainException(DomainErrorKind.Invalid, "review-terms-without-recurrence",
                "Review notice and grace periods belong to periodic items: state recurrenceMonths too.", ReviewNoticeDays is not null ? "reviewNoticeDays" : "reviewGraceDays");
        }

        if (ReviewNoticeDays is < 0 or > ReviewTerms.MaxNoticeDays)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-review-notice",
                $"The notice before a review falls due is 0 to {ReviewTerms.MaxNoticeDays} days.", "reviewNoticeDays");
        }

        if (ReviewGraceDays is < 0 or > ReviewTerms.MaxGraceDays)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-review-grace",
                $"The grace period after a review falls due is 0 to {ReviewTerms.MaxGraceDays} days.", "reviewGraceDays");
        }

        if (Materials.GroupBy(m => m.Code).Any(g => g.Count() > 1) || Materials.Any(m => string.IsNullOrWhiteSpace(m.Code) || string.IsNullOrWhiteSpace(m.Name) || m.Count is < 1 or > 20))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-materials", "Materials need a unique code, a name and a count of 1 to 20.", "materials");
        }

        if (EligibilityRule is not null)
        {
            Eligibility.EligibilityRule.Compile(EligibilityRule, "eligibilityRule", definedFacts);
        }

        if (MonthlyAmountRule is not null)
        {
            Eligibility.AmountRule.Compile(MonthlyAmountRule, "monthlyAmountRule");
        }

        if (DirectorConfirmAbove is { } limit && (MonthlyAmountRule is null || limit <= 0 || limit > 1_000_000 || decimal.Round(limit, 2) != limit))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-director-confirm-above",
                "A limit above which the director confirms is a positive monthly amount in CNY (at most two decimals), for benefit items only.", "directorConfirmAbove");
        }

        if (!NeedsApproval && MonthlyAmountRule is not null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "approval-required",
                "A benefit is paid only after approval: an item with a monthly amount rule needs approval.", "needsApproval");
        }
    }
}
