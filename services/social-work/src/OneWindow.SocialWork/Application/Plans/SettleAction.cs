using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>Settles an action of the plan: done or dropped.</summary>
public sealed class SettleAction(SocialWorkDbContext db, PlanAccess plans, TimeProvider clock)
{
    public async Task<V1.Plan> HandleAsync(V1.SettleActionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var actionId = Wire.ParseId(request.ActionId, "actionId");
        var status = Wire.ToDomain<ActionStatus>(request.Status, "status");
        if (status == ActionStatus.Open)
        {
            throw new DomainException(DomainErrorKind.Invalid, "settle-done-or-dropped", "status is done or dropped.", "status");
        }

        var plan = await plans.WorkablePlanAsync(request.CaseId, caller, "settle-action", cancellationToken);
        plan.SettleAction(actionId, status, request.Note, caller.Subject, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(ChinaTime.Today(clock));
    }
}
