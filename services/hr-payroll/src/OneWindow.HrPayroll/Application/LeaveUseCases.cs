using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application;

/// <summary>
/// Leave: anyone asks for their own, hr-admin for anyone of the centre; the head of the worker's department
/// decides (never their own). Approval publishes leave-approved (review moves the worker's open files to
/// their B) and leave-started when the leave has already begun.
/// </summary>
public sealed class LeaveUseCases(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.LeaveRequest> RequestAsync(V1.RequestLeaveRequest request, Caller caller, CancellationToken cancellationToken)
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

    public async Task<V1.ListLeaveReply> ListAsync(V1.ListLeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var query = db.Leave.AsNoTracking();
        if (!caller.Roles.Overlaps([PlatformRoles.HrAdmin, PlatformRoles.Director, PlatformRoles.DistrictAdmin, PlatformRoles.Head]))
        {
            query = query.Where(l => l.StaffId == caller.Subject);
        }
        else if (caller.SeesOnlyOwnDepartment)
        {
            var own = (await StaffReader.FindAsync(db, caller.Subject, cancellationToken)).Department;
            query = query.Where(l => l.Department == own);
        }

        if (request.StaffId is { } staffId)
        {
            query = query.Where(l => l.StaffId == staffId);
        }

        if (request.Status != V1.LeaveStatus.Unspecified)
        {
            var status = (LeaveStatus)((int)request.Status - 1);
            query = query.Where(l => l.Status == status);
        }

        var reply = new V1.ListLeaveReply();
        reply.Leave.AddRange((await query.OrderByDescending(l => l.From).Take(500).ToListAsync(cancellationToken)).Select(l => l.ToContract()));
        return reply;
    }

    public Task<V1.LeaveRequest> ApproveAsync(V1.DecideLeaveRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request, caller, approve: true, cancellationToken);

    public Task<V1.LeaveRequest> RejectAsync(V1.DecideLeaveRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request, caller, approve: false, cancellationToken);

    private async Task<V1.LeaveRequest> DecideAsync(V1.DecideLeaveRequest request, Caller caller, bool approve, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var id = Guid.TryParse(request.LeaveId, out var parsed)
            ? parsed
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-leave-id", "leaveId is a leave request's id (a GUID).", "leaveId");
        var leave = await db.Leave.SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-leave", "There is no such leave request in this centre.", "leaveId");
        var action = approve ? "approve-leave" : "reject-leave";
        var now = clock.GetUtcNow();
        try
        {
            var head = await db.Staff.SingleOrDefaultAsync(s => s.StaffId == caller.Subject, cancellationToken)
                ?? throw new DomainException(DomainErrorKind.Forbidden, "not-department-head", "Only the head of the worker's department decides their leave.", "leaveId");
            if (approve)
            {
                leave.Approve(head, request.Note, now);
            }
            else
            {
                leave.Reject(head, request.Note, now);
            }
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "leave", leave.Id.ToString(), refusal.Message), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry(action, "leave", leave.Id.ToString(), leave.DecisionNote));
        if (approve)
        {
            outbox.Add(new LeaveApproved { OccurredAt = now, Tenant = centre, LeaveId = leave.Id, StaffId = leave.StaffId, From = leave.From, To = leave.To });
            if (leave.AnnounceStart(ChinaTime.Today(clock)) && leave.To >= ChinaTime.Today(clock))
            {
                outbox.Add(new LeaveStarted { OccurredAt = now, Tenant = centre, LeaveId = leave.Id, StaffId = leave.StaffId, From = leave.From, To = leave.To });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return leave.ToContract();
    }
}
