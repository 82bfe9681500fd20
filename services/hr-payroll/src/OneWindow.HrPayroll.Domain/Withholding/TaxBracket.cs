namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>One row of the annual table (综合所得税率表): taxable income up to <see cref="UpTo"/> (none: the top row).</summary>
public sealed record TaxBracket(decimal? UpTo, decimal Rate, decimal QuickDeduction);
