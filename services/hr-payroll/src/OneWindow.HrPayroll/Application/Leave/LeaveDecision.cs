using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>
/// What approving and rejecting leave share: the request of this centre, and the decision by the head of the worker's
/// department (never their own), a refusal written to the audit trail as denied.
/// </summary>
public sealed class LeaveDecision(HrPayrollDbContext db, IAuditTrail audit)
{
    public async Task<LeaveRequest> FindAsync(string leaveId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(leaveId, "leaveId");
        return await db.Leave.SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-leave", "There is no such leave request in this centre.", "leaveId");
    }

    /// <summary>The caller, as head, decides the request; the decision's audit record is written with it.</summary>
    public async Task DecideAsync(LeaveRequest leave, string action, Caller caller, Action<StaffMember> decide, CancellationToken cancellationToken)
    {
        try
        {
            var head = await db.Staff.SingleOrDefaultAsync(s => s.StaffId == caller.Subject, cancellationToken)
                ?? throw new DomainException(DomainErrorKind.Forbidden, "not-department-head", "Only the head of the worker's department decides their leave.", "leaveId");
            decide(head);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "leave", leave.Id.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry(action, "leave", leave.Id.ToString(), leave.DecisionNote));
    }
}
