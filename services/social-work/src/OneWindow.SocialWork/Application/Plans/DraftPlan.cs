using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>Drafts the case's assistance plan, or revises it (a new revision).</summary>
public sealed class DraftPlan(SocialWorkDbContext db, PlanAccess plans, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Plan> HandleAsync(V1.DraftPlanRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var reviewOn = Wire.ParseDay(request.ReviewOn, "reviewOn");
        var socialCase = await plans.OpenCaseAsync(request.CaseId, caller, "draft-plan", cancellationToken);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.CaseId == socialCase.Id, cancellationToken);
        var today = ChinaTime.Today(clock);
        if (plan is null)
        {
            plan = AssistancePlan.Draft(Guid.CreateVersion7(), socialCase.Id, socialCase.HouseholdId, request.Goals, reviewOn, today, caller.Subject, clock.GetUtcNow());
            db.Plans.Add(plan);
        }
        else
        {
            plan.Revise(request.Goals, reviewOn, today, caller.Subject, clock.GetUtcNow());
        }

        audit.Record(new AuditEntry("draft-plan", "case", socialCase.Id.ToString(), $"revision {plan.Revision}"));
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(today);
    }
}
