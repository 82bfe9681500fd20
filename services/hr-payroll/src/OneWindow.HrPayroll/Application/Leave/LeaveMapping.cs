using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Application.Leave;

internal static class LeaveMapping
{
    public static V1.LeaveRequest ToContract(this LeaveRequest leave) => new()
    {
        LeaveId = leave.Id.ToString(),
        StaffId = leave.StaffId,
        Department = leave.Department.ToContract(),
        From = Wire.Day(leave.From),
        To = Wire.Day(leave.To),
        Kind = (V1.LeaveKind)((int)leave.Kind + 1),
        Reason = leave.Reason,
        Status = (V1.LeaveStatus)((int)leave.Status + 1),
        RequestedBy = leave.RequestedBy,
        DecidedBy = leave.DecidedBy,
        DecisionNote = leave.DecisionNote,
    };
}
