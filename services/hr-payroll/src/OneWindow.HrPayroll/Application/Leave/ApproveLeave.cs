using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>
/// The head of the worker's department approves their leave: leave-approved (review moves the worker's open files to
/// their B), and leave-started at once when the leave has already begun.
/// </summary>
public sealed class ApproveLeave(HrPayrollDbContext db, LeaveDecision decision, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.LeaveRequest> HandleAsync(V1.DecideLeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var leave = await decision.FindAsync(request.LeaveId, cancellationToken);
        var now = clock.GetUtcNow();
        await decision.DecideAsync(leave, "approve-leave", caller, head => leave.Approve(head, request.Note, now), cancellationToken);
        outbox.Add(new LeaveApproved { OccurredAt = now, Tenant = centre, LeaveId = leave.Id, StaffId = leave.StaffId, From = leave.From, To = leave.To });
        if (leave.AnnounceStart(ChinaTime.Today(clock)) && leave.To >= ChinaTime.Today(clock))
        {
            outbox.Add(new LeaveStarted { OccurredAt = now, Tenant = centre, LeaveId = leave.Id, StaffId = leave.StaffId, From = leave.From, To = leave.To });
        }

        await db.SaveChangesAsync(cancellationToken);
        return leave.ToContract();
    }
}
