using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Referrals;

/// <summary>The referrals waiting for (or decided by) the department.</summary>
public sealed class ReferralReader(SocialWorkDbContext db)
{
    public async Task<V1.ListReferralsReply> ListAsync(V1.ListReferralsRequest request, CancellationToken cancellationToken)
    {
        var status = request.Status == V1.ReferralStatus.Unspecified ? ReferralStatus.Open : Wire.ToDomain<ReferralStatus>(request.Status, "status");
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.Status == status).OrderBy(r => r.ReferredAt).Take(500).ToListAsync(cancellationToken);
        var reply = new V1.ListReferralsReply();
        reply.Referrals.AddRange(referrals.Select(r => r.ToContract()));
        return reply;
    }

    public async Task<Referral> FindAsync(string id, CancellationToken cancellationToken)
    {
        var referralId = Wire.ParseId(id, "referralId");
        return await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-referral", "There is no such referral in this centre.", "referralId");
    }
}
