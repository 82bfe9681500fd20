using OneWindow.Audit;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Performance;

/// <summary>The head of the worker's department records a deduction for a recorded violation or clear error, with its reason.</summary>
public sealed class RecordDeduction(HrPayrollDbContext db, EvaluationAccess access, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<V1.Evaluation> HandleAsync(V1.RecordDeductionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var evaluation = await access.FindForHeadAsync(request.Month, request.StaffId, caller, "record-deduction", cancellationToken);
        evaluation.RecordDeduction(Wire.ParseNumber(request.Amount, "amount", "50.00"), request.Reason);
        audit.Record(new AuditEntry("record-deduction", "evaluation", $"{request.StaffId}/{request.Month}", $"{request.Amount}: {request.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.ToContract();
    }
}
