using Microsoft.EntityFrameworkCore;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>The silent-family findings waiting for a worker (open or deferred), or those of one status.</summary>
public sealed class FindingReader(SocialWorkDbContext db)
{
    public async Task<V1.ListFindingsReply> ListAsync(V1.ListFindingsRequest request, CancellationToken cancellationToken)
    {
        var query = db.Findings.AsNoTracking();
        if (request.Status == V1.FindingStatus.Unspecified)
        {
            query = query.Where(f => f.Status == FindingStatus.Open || f.Status == FindingStatus.Deferred);
        }
        else
        {
            var status = Wire.ToDomain<FindingStatus>(request.Status, "status");
            query = query.Where(f => f.Status == status);
        }

        var findings = await query.OrderBy(f => f.FoundAt).Take(1_000).ToListAsync(cancellationToken);
        var reply = new V1.ListFindingsReply();
        reply.Findings.AddRange(findings.Select(f => f.ToContract()));
        return reply;
    }
}
