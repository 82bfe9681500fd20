using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>Moves a case one step on its way (intake, assessment, plan, in progress, review).</summary>
public sealed class AdvanceCase(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Case> HandleAsync(V1.AdvanceCaseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var to = Wire.ToDomain<CaseStatus>(request.To, "to");
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "advance-case", cancellationToken);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == socialCase.Id, cancellationToken);
        socialCase.MoveTo(to, caller.Subject, clock.GetUtcNow(), request.Note, plan?.Actions.Count(a => a.Status != ActionStatus.Dropped) ?? 0);
        audit.Record(new AuditEntry("advance-case", "case", socialCase.Id.ToString(), to.ToString()));
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }
}
