using OneWindow.Audit;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>Adds a worker to a case.</summary>
public sealed class AssignWorker(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Case> HandleAsync(V1.AssignWorkerRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "assign-worker", cancellationToken);
        socialCase.AssignWorker(request.StaffId.Trim(), clock.GetUtcNow());
        audit.Record(new AuditEntry("assign-worker", "case", socialCase.Id.ToString(), request.StaffId.Trim()));
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }
}
