using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>Refers or pairs the household to a resource (taking a place; refused at capacity) and links it to the plan.</summary>
public sealed class LinkResource(SocialWorkDbContext db, PlanAccess plans, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.Plan> HandleAsync(V1.LinkResourceRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var resourceId = Wire.ParseId(request.ResourceId, "resourceId");
        var kind = Wire.ToDomain<LinkKind>(request.Kind, "kind");
        var plan = await plans.WorkablePlanAsync(request.CaseId, caller, "link-resource", cancellationToken);
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resource", "There is no such resource in this centre's directory.", "resourceId");
        if (await db.ResourceReferrals.AnyAsync(r => r.CaseId == plan.CaseId && r.ResourceId == resourceId && r.Status == LinkStatus.Active, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-linked", $"The household is already linked to {resource.Name}.", "resourceId");
        }

        var now = clock.GetUtcNow();
        var referral = ResourceReferral.Make(Guid.CreateVersion7(), plan.CaseId, plan.HouseholdId, resource, kind, request.Note, caller.Subject, now);
        plan.LinkResource(new LinkedResource(resource.Id, referral.Id, resource.Name, resource.Kind, caller.Subject, now));
        db.ResourceReferrals.Add(referral);
        audit.Record(new AuditEntry(kind == LinkKind.Pairing ? "pair" : "refer-to-resource", "case", plan.CaseId.ToString(), resource.Name));
        outbox.Add(new ReferralMade { OccurredAt = now, Tenant = tenant.RequireCentre(), ReferralId = referral.Id, CaseId = plan.CaseId, HouseholdId = plan.HouseholdId, WorkerStaffId = caller.Subject });
        await db.SaveAsync(cancellationToken, $"{resource.Name} changed meanwhile (perhaps its last place was taken): try again.");
        return plan.ToContract(ChinaTime.Today(clock));
    }
}
