using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Files;

/// <summary>
/// The head of first review moves a file to another reviewer by hand, with a reason (audited, and
/// application-reassigned for both inboxes). Only to a reviewer of this centre who is here today.
/// </summary>
public sealed class ReassignFile(ReviewDbContext db, Assignments assignments, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.ReviewFile> HandleAsync(Contract.ReassignRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        var reason = string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > ReviewFile.MaxReasonLength
            ? throw new DomainException(DomainErrorKind.Invalid, "reason-required", "A reason (at most 1 000 characters) is required.", "reason")
            : request.Reason.Trim();
        // Checked before the transaction, so the denial's audit record is not rolled back with it.
        var head = await db.Reviewers.AsNoTracking().SingleOrDefaultAsync(r => r.StaffId == caller.Subject, cancellationToken);
        if (head is not { IsHead: true })
        {
            await audit.RecordDenialAsync(new AuditEntry("reassign", "file", file.FileId.ToString(), "not-review-head"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-review-head", "Only the head of first review reassigns files.", "fileId");
        }

        await db.InTransactionAsync(async () =>
        {
            await assignments.LockCentreAsync(cancellationToken);
            var roster = await assignments.SnapshotAsync(cancellationToken);
            file.RequireReassignable();

            var target = request.ReviewerStaffId;
            if (roster.Find(target) is not { IsReviewer: true })
            {
                throw new DomainException(DomainErrorKind.RuleViolated, "not-a-reviewer-here", $"{target} is not a first reviewer of this centre.", "reviewerStaffId");
            }

            if (!roster.IsAvailable(target))
            {
                throw new DomainException(DomainErrorKind.RuleViolated, "reviewer-unavailable", $"{target} is on leave or no longer working here today.", "reviewerStaffId");
            }

            if (file.ReviewerStaffId == target)
            {
                throw new DomainException(DomainErrorKind.Conflict, "already-assigned", $"The file is already with {target}.", "reviewerStaffId");
            }

            assignments.Move(file, roster, target, AssignmentReason.ByHand, reason);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return file.ToContract(clock.GetUtcNow(), await db.Catalogue.AsNoTracking().SingleOrDefaultAsync(e => e.ItemCode == file.ItemCode && e.Version == file.ItemVersion, cancellationToken));
    }
}
