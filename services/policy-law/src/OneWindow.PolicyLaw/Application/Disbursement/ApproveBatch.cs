using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Persistence;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>The director approves a prepared batch, never one they prepared; a refusal is written to the audit trail as denied.</summary>
public sealed class ApproveBatch(PolicyLawDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PaymentBatch> HandleAsync(string batchId, string director, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var batch = await DisbursementReader.FindBatchAsync(db, batchId, cancellationToken);
        try
        {
            batch.Approve(director, clock.GetUtcNow());
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("approve-batch", "payment-batch", batchId, refusal.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("approve-batch", "payment-batch", batchId));
        await db.SaveChangesAsync(cancellationToken);
        return await DisbursementReader.ToContractAsync(db, batch, cancellationToken);
    }
}
