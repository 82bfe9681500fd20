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
        // A file is checked once, ever: not again in a later month it was reviewed in again, nor under a second
        // reviewer it was reassigned to within the month.
        var decisions = await db.ReviewedDecisions.AsNoTracking()
            .Where(d => d.Month == month && !db.QualityChecks.Any(c => c.FileId == d.FileId))
            .ToListAsync(cancellationToken);
        var already = await db.QualityChecks.Where(c => c.Month == month).GroupBy(c => c.ReviewerStaffId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var drawn = new List<DomainCheck>();
        var files = new HashSet<Guid>();
        foreach (var reviewer in decisions.GroupBy(d => d.ReviewerStaffId))
        {
            var wanted = request.PerReviewer - already.GetValueOrDefault(reviewer.Key);
            foreach (var decision in reviewer.OrderBy(_ => Random.Shared.Next()))
            {
                if (wanted <= 0)
                {
                    break;
                }

                if (files.Add(decision.FileId))
                {
                    drawn.Add(DomainCheck.Sample(decision));
                    wanted--;
                }
            }
        }

        db.QualityChecks.AddRange(drawn);
        audit.Record(new AuditEntry("draw-quality-sample", "quality-sample", month, $"{drawn.Count} decisions"));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ListAsync(new ListChecksRequest { Month = month }, cancellationToken);
    }
}
