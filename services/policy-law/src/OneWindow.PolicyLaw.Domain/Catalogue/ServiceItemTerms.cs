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

    public required IReadOnlyList<RequiredMaterial> Materials { get; init; }

    /// <summary>Who qualifies, as an expression over <see cref="Eligibility.HouseholdFacts"/>; null when anyone may apply.</summary>
    public string? EligibilityRule { get; init; }

    /// <summary>For benefit items: the monthly amount in CNY, as an expression over the same facts.</summary>
    public string? MonthlyAmountRule { get; init; }

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
    }
}
