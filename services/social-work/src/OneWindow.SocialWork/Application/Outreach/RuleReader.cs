using Microsoft.EntityFrameworkCore;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>The silent-family rules, read by every social worker.</summary>
public sealed class RuleReader(SocialWorkDbContext db)
{
    public async Task<V1.ListRulesReply> ListAsync(CancellationToken cancellationToken)
    {
        var reply = new V1.ListRulesReply();
        reply.Rules.AddRange((await db.Rules.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken)).Select(r => r.ToDomain().ToContract()));
        return reply;
    }
}
