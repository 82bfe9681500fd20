namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>The cumulative figures the month's income tax was withheld on (累计预扣法), this month included.</summary>
public sealed record TaxBasis
{
    public int MonthsEmployed { get; init; }

    public decimal CumulativeIncome { get; init; }

    /// <summary>减除费用: the monthly threshold × months employed this year.</summary>
    public decimal CumulativeThreshold { get; init; }

    public decimal CumulativeContributions { get; init; }

    public decimal SpecialDeductions { get; init; }

    public decimal CumulativeSpecialDeductions { get; init; }

    public decimal CumulativeTaxable { get; init; }

    public decimal Rate { get; init; }

    public decimal QuickDeduction { get; init; }

    public decimal CumulativeTax { get; init; }

    public decimal WithheldBefore { get; init; }
}
