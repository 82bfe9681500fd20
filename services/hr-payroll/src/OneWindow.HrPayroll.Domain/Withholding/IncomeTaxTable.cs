namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>
/// Individual income tax on wages withheld by the cumulative method (累计预扣法): the annual table applied to the year's
/// cumulative taxable income, after a standard deduction (减除费用) of <see cref="MonthlyThreshold"/> per month employed.
/// </summary>
public sealed record IncomeTaxTable
{
    public required decimal MonthlyThreshold { get; init; }

    /// <summary>Rising upper bounds; the last row has none.</summary>
    public required IReadOnlyList<TaxBracket> Brackets { get; init; }

    public TaxBracket BracketOf(decimal cumulativeTaxable) => Brackets.First(b => b.UpTo is null || cumulativeTaxable <= b.UpTo);
}
