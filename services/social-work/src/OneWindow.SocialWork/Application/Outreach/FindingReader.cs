using Microsoft.EntityFrameworkCore;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>The silent-family findings waiting for a worker (open or deferred), or those of one status.</summary>
public sealed class FindingReader(SocialWorkDbContext db)
{
    /// <summary>The findings, the earliest found first, a page at a time (docs/adr/0021).</summary>
    public async Task<V1.ListFindingsReply> ListAsync(V1.ListFindingsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
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

        if (after is var (foundAt, id))
        {
            query = query.Where(f => EF.Functions.GreaterThan(ValueTuple.Create(f.FoundAt, f.Id), ValueTuple.Create(foundAt, id)));
        }

        var page = await query.OrderBy(f => f.FoundAt).ThenBy(f => f.Id)
            .ReadPageAsync(size, f => PageToken.After(f.FoundAt, f.Id), cancellationToken);
        var reply = new V1.ListFindingsReply { NextPageToken = page.NextPageToken };
        reply.Findings.AddRange(page.Rows.Select(f => f.ToContract()));
        return reply;
    }
}
