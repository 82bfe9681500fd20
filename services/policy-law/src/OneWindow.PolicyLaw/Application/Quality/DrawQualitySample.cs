using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCheck = OneWindow.PolicyLaw.Domain.Quality.QualityCheck;

namespace OneWindow.PolicyLaw.Application.Quality;

/// <summary>
/// The monthly quality check of first reviews: a random sample of each reviewer's decisions of a month, topped up to
/// the number asked for; drawing again adds only what is missing.
/// </summary>
public sealed class DrawQualitySample(PolicyLawDbContext db, QualityReader reader, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<ListChecksReply> HandleAsync(DrawSampleRequest request, CancellationToken cancellationToken)
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
        return await reader.ListAsync(month, cancellationToken);
    }
}
