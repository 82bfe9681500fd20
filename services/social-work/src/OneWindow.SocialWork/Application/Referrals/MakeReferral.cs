using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Referrals;

/// <summary>A household referred to the department (转介) by a worker, a grid manager, a reviewer, a policy officer or a clerk.</summary>
public sealed class MakeReferral(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Referral> HandleAsync(V1.MakeReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var source = Wire.ToDomain<ReferralSource>(request.Source, "source");
        if (source is ReferralSource.ApplicationRejected or ReferralSource.BenefitEnded)
        {
            throw new DomainException(DomainErrorKind.Invalid, "source-from-events", "Rejections and ended benefits are referred by the platform itself.", "source");
        }

        var referral = Referral.Receive(
            Guid.CreateVersion7(), household.HouseholdId, source, string.IsNullOrWhiteSpace(request.ItemCode) ? null : request.ItemCode.Trim(), null,
            request.Reason, caller.Subject, clock.GetUtcNow());
        db.Referrals.Add(referral);
        audit.Record(new AuditEntry("refer", "household", household.HouseholdId.ToString(), source.ToString()));
        await db.SaveAsync(cancellationToken);
        return referral.ToContract();
    }
}
