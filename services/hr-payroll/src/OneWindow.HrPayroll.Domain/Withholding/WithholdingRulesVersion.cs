using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>
/// The district's withholding rules for a span of months (the city announces its contribution limits for a year from
/// July). A month that no version covers is not paid: the payroll office waits for the figures rather than guess them.
/// Versions never overlap and never change.
/// </summary>
public sealed class WithholdingRulesVersion
{
    private WithholdingRulesVersion()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The first day of the first month covered.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day of the last month covered.</summary>
    public DateOnly To { get; private set; }

    public WithholdingRules Rules { get; private set; } = null!;

    public string LoadedBy { get; private set; } = string.Empty;

    public DateTimeOffset LoadedAt { get; private set; }

    public bool Covers(DateOnly day) => From <= day && day <= To;

    public static WithholdingRulesVersion Load(IEnumerable<WithholdingRulesVersion> existing, DateOnly firstMonth, DateOnly lastMonth, WithholdingRules rules, string loadedBy, DateTimeOffset at)
    {
        rules.Validate();
        var from = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        var to = new DateOnly(lastMonth.Year, lastMonth.Month, 1).AddMonths(1).AddDays(-1);
        if (to < from)
        {
            throw new DomainException(DomainErrorKind.Invalid, "months-reversed", "The last month covered is not before the first.", "to");
        }

        if (existing.FirstOrDefault(v => v.From <= to && from <= v.To) is { } overlapping)
        {
            throw new DomainException(DomainErrorKind.Conflict, "withholding-rules-overlap", $"Rules for {overlapping.From:yyyy-MM} to {overlapping.To:yyyy-MM} are loaded already.", "from");
        }

        return new WithholdingRulesVersion { From = from, To = to, Rules = rules, LoadedBy = loadedBy, LoadedAt = at };
    }

    /// <summary>The rules for a month, refused (naming the month) when none are loaded for it.</summary>
    public static WithholdingRulesVersion For(IEnumerable<WithholdingRulesVersion> versions, DateOnly firstDay, string field) =>
        versions.FirstOrDefault(v => v.Covers(firstDay))
        ?? throw new DomainException(DomainErrorKind.RuleViolated, "no-withholding-rules", $"No contribution rates or tax table are loaded for {firstDay:yyyy-MM}: the month cannot be paid until the district loads them.", field);
}
