using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>
/// What HR recorded for a worker's withholdings from a month on: the contribution base (缴费基数, the base the
/// social-insurance office accepted for the year; none: the worker's grade pay and post allowance) and the special
/// additional deductions the worker declared. A later declaration replaces it from its own month; none is edited.
/// </summary>
public sealed class WithholdingDeclaration
{
    private WithholdingDeclaration()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string StaffId { get; private set; } = string.Empty;

    /// <summary>The first day of the month it applies from.</summary>
    public DateOnly From { get; private set; }

    public decimal? ContributionBase { get; private set; }

    public SpecialDeductions SpecialDeductions { get; private set; } = SpecialDeductions.None;

    public string DeclaredBy { get; private set; } = string.Empty;

    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>
    /// A base outside the city's limits for its month is refused, not clamped: HR declares the base the office accepted,
    /// which always lies within them, so one outside is a mistake in the figure HR typed.
    /// </summary>
    public static WithholdingDeclaration Declare(string staffId, DateOnly month, decimal? contributionBase, SpecialDeductions deductions, ContributionRates limits, string declaredBy, DateTimeOffset at)
    {
        deductions.Validate();
        if (contributionBase is { } amount && (!limits.Admits(amount) || decimal.Round(amount, 2) != amount))
        {
            throw new DomainException(
                DomainErrorKind.Invalid,
                "contribution-base-out-of-limits",
                $"contributionBase is within the city's limits for {month:yyyy-MM}, {limits.BaseFloor:0.00} to {limits.BaseCeiling:0.00}, in whole fen.",
                "contributionBase");
        }

        return new WithholdingDeclaration
        {
            StaffId = staffId,
            From = new DateOnly(month.Year, month.Month, 1),
            ContributionBase = contributionBase,
            SpecialDeductions = deductions,
            DeclaredBy = declaredBy,
            DeclaredAt = at,
        };
    }

    /// <summary>The declaration in force in a month: the latest from that month or before (the last recorded when two share one).</summary>
    public static WithholdingDeclaration? InForce(IEnumerable<WithholdingDeclaration> declarations, DateOnly firstDay) =>
        declarations.Where(d => d.From <= firstDay).OrderBy(d => d.From).ThenBy(d => d.DeclaredAt).LastOrDefault();
}
