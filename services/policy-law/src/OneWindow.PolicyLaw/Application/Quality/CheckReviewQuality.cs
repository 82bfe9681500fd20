using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Domain.Quality;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCheck = OneWindow.PolicyLaw.Domain.Quality.QualityCheck;

namespace OneWindow.PolicyLaw.Application.Quality;

/// <summary>
/// The monthly quality check of first reviews: a random sample of each reviewer's decisions of a month,
/// rechecked; each result is published for hr-payroll's performance evaluation.
/// </summary>
public sealed class CheckReviewQuality(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<ListChecksReply> DrawSampleAsync(DrawSampleRequest request, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var month = Period.Parse(request.Month, "month").ToString();
        var sampled = await db.QualityChecks.Where(c => c.Month == month).Select(c => c.FileId).ToListAsync(cancellationToken);
        var decisions = await db.ReviewedDecisions.AsNoTracking().Where(d => d.Month == month && !sampled.Contains(d.FileId)).ToListAsync(cancellationToken);
        var already = await db.QualityChecks.Where(c => c.Month == month).GroupBy(c => c.ReviewerStaffId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var drawn = new List<DomainCheck>();
        foreach (var reviewer in decisions.GroupBy(d => d.ReviewerStaffId))
        {
            var wanted = request.PerReviewer - already.GetValueOrDefault(reviewer.Key);
            // One decision per file (a file reviewed twice is sampled once), chosen at random.
            drawn.AddRange(reviewer.GroupBy(d => d.FileId).Select(g => g.First()).OrderBy(_ => Random.Shared.Next()).Take(Math.Max(0, wanted)).Select(DomainCheck.Sample));
        }

        db.QualityChecks.AddRange(drawn);
        audit.Record(new AuditEntry("draw-quality-sample", "quality-sample", month, $"{drawn.Count} decisions"));
        await db.SaveChangesAsync(cancellationToken);
        return await ListAsync(month, cancellationToken);
    }

    public async Task<ListChecksReply> ListAsync(string? month, CancellationToken cancellationToken)
    {
        var checks = await db.QualityChecks.AsNoTracking().Where(c => month == null || c.Month == month).OrderBy(c => c.ReviewerStaffId).Take(1_000).ToListAsync(cancellationToken);
        var reply = new ListChecksReply();
        reply.Checks.AddRange(checks.Select(ToContract));
        return reply;
    }

    public async Task<V1.QualityCheck> RecordAsync(RecordCheckRequest request, string checkedBy, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var id = Guid.TryParse(request.CheckId, out var parsed) ? parsed : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", "checkId is an id (a GUID).", "checkId");
        var check = await db.QualityChecks.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-check", "There is no such quality check in this centre.", "checkId");
        var now = clock.GetUtcNow();
        try
        {
            check.Record(request.Outcome == "correct", request.ErrorCategory, request.Note, checkedBy, now);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("record-quality-check", "file", check.FileId.ToString(), refusal.Message), cancellationToken);
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
        return ToContract(check);
    }

    private static V1.QualityCheck ToContract(DomainCheck check) => new()
    {
        CheckId = check.Id.ToString(),
        FileId = check.FileId.ToString(),
        ReviewerStaffId = check.ReviewerStaffId,
        ItemCode = check.ItemCode,
        ReviewOutcome = check.ReviewOutcome,
        Month = check.Month,
        Outcome = check.Outcome.ToString().ToLowerInvariant(),
        ErrorCategory = check.ErrorCategory,
        CheckedBy = check.CheckedBy,
    };
}
