namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// Where a run stands. A regular run is computed in the background after it is prepared (computing), then waits
/// for its review as a draft; a computation that breaks leaves the run failed, for HR to prepare again.
/// </summary>
public enum RunStatus
{
    Draft,
    Reviewed,
    Approved,
    Paid,
    Computing,
    Failed,
}
