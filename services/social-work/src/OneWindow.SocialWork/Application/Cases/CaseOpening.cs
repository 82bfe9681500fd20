using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>
/// The opening of a case, by a worker or from a referral: the lead it is given, and the case saved with its
/// audit record and case-opened.
/// </summary>
public sealed class CaseOpening(SocialWorkDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant)
{
    public async Task<V1.Case> SaveAsync(SocialCase socialCase, string action, CancellationToken cancellationToken)
    {
        db.Cases.Add(socialCase);
        audit.Record(new AuditEntry(action, "case", socialCase.Id.ToString(), socialCase.Origin.ToString()));
        outbox.Add(new CaseOpened
        {
            OccurredAt = socialCase.OpenedAt, Tenant = tenant.RequireCentre(), CaseId = socialCase.Id, HouseholdId = socialCase.HouseholdId, WorkerStaffId = socialCase.LeadWorker,
        });
        await db.SaveAsync(cancellationToken, "The household already has an open case.");
        return socialCase.ToContract([]);
    }

    /// <summary>The lead is the caller; only the department head hands a case to someone else.</summary>
    public static string LeadWorker(string? requested, Caller caller)
    {
        if (string.IsNullOrWhiteSpace(requested) || requested.Trim() == caller.Subject)
        {
            return caller.Subject;
        }

        return caller.IsDepartmentHead
            ? requested.Trim()
            : throw new DomainException(DomainErrorKind.Forbidden, "head-assigns", "Only the department head names another worker as lead.", "leadWorker");
    }
}
