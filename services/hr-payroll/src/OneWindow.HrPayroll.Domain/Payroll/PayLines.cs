namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>The lines of one payslip, every amount in whole fen.</summary>
public sealed record PayLines
{
    public decimal GradePay { get; init; }

    public decimal PostAllowance { get; init; }

    public decimal TitleAllowance { get; init; }

    public decimal PerformancePay { get; init; }

    public decimal AwardPay { get; init; }

    public decimal Deductions { get; init; }

    public decimal Gross { get; init; }

    public decimal ContributionBase { get; init; }

    public decimal HousingFund { get; init; }

    public decimal Pension { get; init; }

    public decimal Medical { get; init; }

    public decimal Unemployment { get; init; }

    public decimal IncomeTax { get; init; }

    public decimal Contributions => HousingFund + Pension + Medical + Unemployment;

    public decimal Withheld => Contributions + IncomeTax;

    public decimal Net { get; init; }

    public decimal Score { get; init; }

    /// <summary>The days the month's pay lines were prorated by; none on payslips from before proration and on adjustments.</summary>
    public Proration? Proration { get; init; }

    public ContributionBasis? ContributionBasis { get; init; }

    public TaxBasis? TaxBasis { get; init; }
}
