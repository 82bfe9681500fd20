using OneWindow.HrPayroll.Domain.Withholding;

namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// Everything about the month a payslip needs besides the scale and the evaluation: the month's withholding rules, the
/// worker's days, their figures earlier this year, and their declaration (cumulative special deductions counted from
/// every month employed this year up to this one, so a late declaration is caught up).
/// </summary>
public sealed record PayMonth
{
    public required DateOnly FirstDay { get; init; }

    public required WithholdingRulesVersion Rules { get; init; }

    public required Proration Proration { get; init; }

    public YearToDate YearToDate { get; init; } = YearToDate.Nothing;

    public decimal? DeclaredBase { get; init; }

    public decimal SpecialDeductions { get; init; }

    public decimal CumulativeSpecialDeductions { get; init; }

    /// <summary>Months on staff this year up to this one: from January, or from the month of hiring.</summary>
    public static int MonthsEmployed(DateOnly hiredOn, DateOnly firstDay) =>
        hiredOn.Year < firstDay.Year ? firstDay.Month : firstDay.Month - hiredOn.Month + 1;
}
