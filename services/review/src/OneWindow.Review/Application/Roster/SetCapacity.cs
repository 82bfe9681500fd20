using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Roster;

/// <summary>The head of first review sets a reviewer's load cap (or back to the centre's default).</summary>
public sealed class SetCapacity(ReviewDbContext db, RosterReader reader, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<Contract.RosterEntry> HandleAsync(Contract.SetCapacityRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var reviewers = await db.Reviewers.Where(r => r.StaffId == caller.Subject || r.StaffId == request.StaffId).ToListAsync(cancellationToken);
        if (reviewers.SingleOrDefault(r => r.StaffId == caller.Subject) is not { IsHead: true })
        {
            await audit.RecordDenialAsync(new AuditEntry("set-capacity", "reviewer", request.StaffId, "not-review-head"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-review-head", "Only the head of first review sets load caps.", "staffId");
        }

        var reviewer = reviewers.SingleOrDefault(r => r.StaffId == request.StaffId && r.IsReviewer)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-reviewer", "There is no such first reviewer in this centre.", "staffId");
        reviewer.SetCapacity(request.Capacity);
        audit.Record(new AuditEntry("set-capacity", "reviewer", reviewer.StaffId, request.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.EntryAsync(reviewer.StaffId, cancellationToken);
    }
}
