using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Quality;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Quality;

/// <summary>
/// A policy officer records the outcome of a sampled decision (never their own review); the result is published for
/// hr-payroll's performance evaluation.
/// </summary>
public sealed class RecordQualityCheck(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.QualityCheck> HandleAsync(RecordCheckRequest request, string checkedBy, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var id = Wire.ParseId(request.CheckId, "checkId");
        var check = await db.QualityChecks.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-check", "There is no such quality check in this centre.", "checkId");
        var now = clock.GetUtcNow();
        try
        {
            check.Record(request.Outcome == "correct", request.ErrorCategory, request.Note, checkedBy, now);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("record-quality-check", "file", check.FileId.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        outbox.Add(new ReviewQualityChecked
        {
            OccurredAt = now,
            Tenant = centre,
            ReviewerStaffId = check.ReviewerStaffId,
            FileId = check.FileId,
            Outcome = check.Outcome == QualityOutcome.Correct ? QualityCheckOutcome.Correct : QualityCheckOutcome.Error,
            ErrorCategory = check.ErrorCategory,
        });
        audit.Record(new AuditEntry("record-quality-check", "file", check.FileId.ToString(), check.ErrorCategory));
        await db.SaveChangesAsync(cancellationToken);
        return QualityReader.ToContract(check);
    }
}
