using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Resources;

/// <summary>A referral or pairing to a resource concluded by a worker of the case, with its outcome.</summary>
public sealed class ConcludeResourceReferral(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.ResourceReferral> HandleAsync(V1.ConcludeResourceReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var status = Wire.ToDomain<LinkStatus>(request.Status, "status");
        var referralId = Wire.ParseId(request.ReferralId, "referralId");
        var referral = await db.ResourceReferrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-referral", "There is no such referral in this centre.", "referralId");
        var socialCase = await access.CaseAsync(referral.CaseId, cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "conclude-referral", cancellationToken);
        var resource = await db.Resources.SingleAsync(r => r.Id == referral.ResourceId, cancellationToken);
        referral.Conclude(status, request.Outcome, resource, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("conclude-referral", "case", referral.CaseId.ToString(), $"{resource.Name}: {status}"));
        await db.SaveAsync(cancellationToken);
        return referral.ToContract(resource.Name);
    }
}
