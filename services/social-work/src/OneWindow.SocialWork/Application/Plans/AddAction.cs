using OneWindow.Common.Time;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>Adds an action to the plan, with its owner and due day.</summary>
public sealed class AddAction(SocialWorkDbContext db, PlanAccess plans, TimeProvider clock)
{
    public async Task<V1.Plan> HandleAsync(V1.AddActionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var dueOn = Wire.ParseDay(request.DueOn, "dueOn");
        var plan = await plans.WorkablePlanAsync(request.CaseId, caller, "add-action", cancellationToken);
        plan.AddAction(Guid.CreateVersion7(), request.Description, request.Owner, dueOn, ChinaTime.Today(clock), caller.Subject, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(ChinaTime.Today(clock));
    }
}
