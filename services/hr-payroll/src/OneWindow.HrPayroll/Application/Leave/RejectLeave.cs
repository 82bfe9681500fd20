using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>The head of the worker's department rejects their leave, with a note.</summary>
public sealed class RejectLeave(HrPayrollDbContext db, LeaveDecision decision, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.LeaveRequest> HandleAsync(V1.DecideLeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var leave = await decision.FindAsync(request.LeaveId, cancellationToken);
        var now = clock.GetUtcNow();
        await decision.DecideAsync(leave, "reject-leave", caller, head => leave.Reject(head, request.Note, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return leave.ToContract();
    }
}
