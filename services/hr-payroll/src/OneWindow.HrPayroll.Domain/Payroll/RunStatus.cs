namespace OneWindow.HrPayroll.Domain.Payroll;

public enum RunStatus
{
    Draft,
    Reviewed,
    Approved,
    Paid,
}
