using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>Closes a case (结案) with its reason, publishing case-closed.</summary>
public sealed class CloseCase(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.Case> HandleAsync(V1.CloseCaseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "close-case", cancellationToken);
        ClosureReason? reason = request.ClosureReason == V1.ClosureReason.Unspecified ? null : Wire.ToDomain<ClosureReason>(request.ClosureReason, "closureReason");
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == socialCase.Id, cancellationToken);
        var now = clock.GetUtcNow();
        socialCase.Close(reason, request.Note, plan?.OpenActions ?? 0, caller.Subject, now);
        audit.Record(new AuditEntry("close-case", "case", socialCase.Id.ToString(), socialCase.ClosureReason.ToString()));
        outbox.Add(new CaseClosed { OccurredAt = now, Tenant = tenant.RequireCentre(), CaseId = socialCase.Id, HouseholdId = socialCase.HouseholdId, WorkerStaffId = socialCase.LeadWorker });
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }
}
