using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Referrals;

/// <summary>The referrals waiting for (or decided by) the department.</summary>
public sealed class ReferralReader(SocialWorkDbContext db)
{
    /// <summary>The referrals in one status (open by default), the earliest referred first, a page at a time (docs/adr/0021).</summary>
    public async Task<V1.ListReferralsReply> ListAsync(V1.ListReferralsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var status = request.Status == V1.ReferralStatus.Unspecified ? ReferralStatus.Open : Wire.ToDomain<ReferralStatus>(request.Status, "status");
        var query = db.Referrals.AsNoTracking().Where(r => r.Status == status);
        if (after is var (referredAt, id))
        {
            query = query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.ReferredAt, r.Id), ValueTuple.Create(referredAt, id)));
        }

        var page = await query.OrderBy(r => r.ReferredAt).ThenBy(r => r.Id)
            .ReadPageAsync(size, r => PageToken.After(r.ReferredAt, r.Id), cancellationToken);
        var reply = new V1.ListReferralsReply { NextPageToken = page.NextPageToken };
        reply.Referrals.AddRange(page.Rows.Select(r => r.ToContract()));
        return reply;
    }

    public async Task<Referral> FindAsync(string id, CancellationToken cancellationToken)
    {
        var referralId = Wire.ParseId(id, "referralId");
        return await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-referral", "There is no such referral in this centre.", "referralId");
    }
}
