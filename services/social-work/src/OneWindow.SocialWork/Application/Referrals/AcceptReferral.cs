using OneWindow.Audit;
using OneWindow.SocialWork.Application.Cases;

namespace OneWindow.SocialWork.Application.Referrals;

/// <summary>A worker accepts a referral: a case is opened for the household, with no other case open.</summary>
public sealed class AcceptReferral(ReferralReader referrals, CaseAccess access, CaseOpening opening, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Case> HandleAsync(V1.AcceptReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var referral = await referrals.FindAsync(request.ReferralId, cancellationToken);
        var lead = CaseOpening.LeadWorker(request.LeadWorker, caller);
        await access.EnsureNoOpenCaseAsync(referral.HouseholdId, cancellationToken);
        var socialCase = referral.Accept(Guid.CreateVersion7(), lead, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("accept-referral", "referral", referral.Id.ToString()));
        return await opening.SaveAsync(socialCase, "open-case", cancellationToken);
    }
}
