using OneWindow.Audit;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Referrals;

/// <summary>A worker declines a referral, with the reason.</summary>
public sealed class DeclineReferral(SocialWorkDbContext db, ReferralReader referrals, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Referral> HandleAsync(V1.DeclineReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var referral = await referrals.FindAsync(request.ReferralId, cancellationToken);
        referral.Decline(request.Reason, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("decline-referral", "referral", referral.Id.ToString(), referral.DeclineReason));
        await db.SaveAsync(cancellationToken);
        return referral.ToContract();
    }
}
