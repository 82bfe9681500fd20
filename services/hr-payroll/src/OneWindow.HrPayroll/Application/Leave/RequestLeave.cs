using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>A worker asks for leave (请假) for themselves; hr-admin may ask for anyone of the centre.</summary>
public sealed class RequestLeave(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.LeaveRequest> HandleAsync(V1.RequestLeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var staffId = request.StaffId ?? caller.Subject;
        if (staffId != caller.Subject && !caller.Is(PlatformRoles.HrAdmin))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "own-leave-only", "You may ask for your own leave only.", "staffId");
        }

        var worker = await StaffReader.FindAsync(db, staffId, cancellationToken);
        var existing = await db.Leave.Where(l => l.StaffId == staffId && l.Status != LeaveStatus.Rejected).ToListAsync(cancellationToken);
        var leave = LeaveRequest.Request(
            worker, Wire.ParseDay(request.From, "from"), Wire.ParseDay(request.To, "to"), (LeaveKind)((int)request.Kind - 1), request.Reason, caller.Subject, existing, clock.GetUtcNow());
        db.Leave.Add(leave);
        audit.Record(new AuditEntry("request-leave", "leave", leave.Id.ToString(), $"{worker.StaffId} {Wire.Day(leave.From)}..{Wire.Day(leave.To)}"));
        await db.SaveChangesAsync(cancellationToken);
        return leave.ToContract();
    }
}
