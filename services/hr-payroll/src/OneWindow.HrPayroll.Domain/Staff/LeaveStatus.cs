namespace OneWindow.HrPayroll.Domain.Staff;

public enum LeaveStatus
{
    Requested,
    Approved,
    Rejected,
}
