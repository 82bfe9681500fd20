namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>A worker's figures this year before the month being paid, from the approved and paid payslips of earlier months.</summary>
public sealed record YearToDate(decimal Income, decimal Contributions, decimal TaxWithheld)
{
    public static readonly YearToDate Nothing = new(0m, 0m, 0m);
}
