using OneWindow.Audit;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Performance;

/// <summary>The director confirms the award the rule proposed (月度评优); only a confirmed award is paid.</summary>
public sealed class ConfirmAward(HrPayrollDbContext db, EvaluationAccess access, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<V1.Evaluation> HandleAsync(V1.ConfirmAwardRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var evaluation = await access.FindAsync(request.Month, request.StaffId, cancellationToken);
        evaluation.ConfirmAward(caller.Subject);
        audit.Record(new AuditEntry("confirm-award", "evaluation", $"{request.StaffId}/{request.Month}", evaluation.Award.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.ToContract();
    }
}
