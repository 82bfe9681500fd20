namespace OneWindow.HrPayroll.Domain.Payroll;

public enum RunKind
{
    /// <summary>The month's pay; at most one per centre and month.</summary>
    Regular,

    /// <summary>A correction to an approved month: approved runs are never edited.</summary>
    Adjustment,
}
