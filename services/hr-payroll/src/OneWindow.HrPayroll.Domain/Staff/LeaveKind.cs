namespace OneWindow.HrPayroll.Domain.Staff;

public enum LeaveKind
{
    Annual,
    Sick,
    Personal,
    Other,
}
