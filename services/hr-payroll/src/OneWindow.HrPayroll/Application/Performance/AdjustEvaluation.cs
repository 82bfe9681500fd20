using OneWindow.Audit;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Performance;

/// <summary>The head of the worker's department adjusts their evaluation within the scale's bound, with a written reason.</summary>
public sealed class AdjustEvaluation(HrPayrollDbContext db, EvaluationAccess access, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.Evaluation> HandleAsync(V1.AdjustEvaluationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var evaluation = await access.FindForHeadAsync(request.Month, request.StaffId, caller, "adjust-evaluation", cancellationToken);
        var terms = (await PayScaleReader.InForceForMonthAsync(db, Wire.FirstDay(request.Month), cancellationToken)).Terms;
        evaluation.Adjust(Wire.ParseNumber(request.Points, "points", "-2.5"), request.Reason, terms.AdjustmentBound, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("adjust-evaluation", "evaluation", $"{request.StaffId}/{request.Month}", $"{request.Points}: {request.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.ToContract();
    }
}
