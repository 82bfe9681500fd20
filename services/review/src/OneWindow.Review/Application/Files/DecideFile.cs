using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Application.Catalogue;
using OneWindow.Review.Application.Work;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Files;

/// <summary>
/// The decisions of first review on one file: pass (to approval, or completing the file when its item needs
/// none), return for supplement, reject,
/// escalate to the head, and the supervisor's re-check. Each commits with its audit record, its event
/// and the reviewer's work tally; a refusal of who may decide is 403 and written to the audit trail.
/// </summary>
public sealed class DecideFile(
    ReviewDbContext db, CatalogueReader catalogue, Assignments assignments, WorkLog work, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public Task<Contract.ReviewFile> PassAsync(Contract.PassRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "pass", caller, cancellationToken, async (file, terms, isHead, now) =>
        {
            var pending = await db.JointRequests.AnyAsync(r => r.FileId == file.FileId && r.RepliedAt == null, cancellationToken);
            file.Pass(caller.Subject, isHead, now, terms, pending, request.Note);
            return Reviewed(file, caller, now, ReviewOutcome.Passed, [], file.Reason) with { Completed = !terms.NeedsApproval };
        });

    public Task<Contract.ReviewFile> ReturnAsync(Contract.ReturnRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "return", caller, cancellationToken, async (file, terms, isHead, now) =>
        {
            var issues = request.Issues.Select(i => new ReturnIssue(i.MaterialCode, i.Kind == Contract.IssueKind.Wrong ? IssueKind.Wrong : IssueKind.Missing, i.Note)).ToList();
            file.Return(caller.Subject, isHead, now, issues, terms.MaterialCodes);
            var round = file.Rounds[^1];

            // The reason is read to the resident (notices, texts): materials by their names in the guide.
            var names = (await catalogue.FindAsync(file.ItemCode, file.ItemVersion, cancellationToken))?.Materials
                .ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal) ?? [];
            var reason = string.Join("；", round.Issues.Select(i =>
            {
                var name = names.GetValueOrDefault(i.MaterialCode, i.MaterialCode);
                return i.Kind == IssueKind.Missing ? $"缺少{name}" : string.IsNullOrWhiteSpace(i.Note) ? $"{name}有误" : $"{name}有误：{i.Note}";
            }));
            return Reviewed(file, caller, now, ReviewOutcome.Returned, [.. round.Issues.Select(i => i.MaterialCode)], reason);
        });

    public Task<Contract.ReviewFile> RejectAsync(Contract.RejectRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "reject", caller, cancellationToken, (file, _, isHead, now) =>
        {
            file.Reject(caller.Subject, isHead, now, request.Reason);
            return Task.FromResult<ApplicationReviewed?>(Reviewed(file, caller, now, ReviewOutcome.Rejected, [], file.Reason));
        });

    public Task<Contract.ReviewFile> EscalateAsync(Contract.EscalateRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "escalate", caller, cancellationToken, async (file, _, _, now) =>
        {
            file.Escalate(caller.Subject, now, request.Reason);
            await assignments.LockCentreAsync(cancellationToken);
            var roster = await assignments.SnapshotAsync(cancellationToken);
            assignments.Move(file, roster, roster.AvailableHead, AssignmentReason.ByHand, $"升级部长决定：{file.EscalationReason}");
            return null;
        });

    public Task<Contract.ReviewFile> RecheckAsync(Contract.RecheckRequest request, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "recheck", caller, cancellationToken, async (file, terms, _, now) =>
        {
            // With no supervisor named for the item, any supervisor on the centre's roster re-checks.
            if (terms.SupervisorStaffId is null && !await db.Reviewers.AnyAsync(r => r.StaffId == caller.Subject && r.Roles.Contains(PlatformRoles.Supervisor), cancellationToken))
            {
                throw new DomainException(DomainErrorKind.Forbidden, "not-a-supervisor-here", "Only a business supervisor of this centre re-checks its files.", "fileId");
            }

            file.RecordRecheck(caller.Subject, now, terms);
            return null;
        });

    private async Task<Contract.ReviewFile> DecideAsync(
        string fileId, string action, Caller caller, CancellationToken cancellationToken,
        Func<ReviewFile, ItemTerms, bool, DateTimeOffset, Task<ApplicationReviewed?>> decide)
    {
        tenant.RequireCentre();
        var file = await FileReader.FindAsync(db, fileId, cancellationToken);
        var terms = await catalogue.TermsAsync(file, cancellationToken);
        var isHead = caller.Is(PlatformRoles.Head) && await db.Reviewers.AnyAsync(
            r => r.StaffId == caller.Subject && r.Department == Department.FirstReview && r.Roles.Contains(PlatformRoles.Head), cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            await db.InTransactionAsync(async () =>
            {
                var reviewed = await decide(file, terms, isHead, now);
                if (reviewed is not null)
                {
                    outbox.Add(reviewed);
                    await work.CountAsync(caller.Subject, now, Tally(reviewed.Outcome, now <= file.Deadline), cancellationToken);
                }

                audit.Record(new AuditEntry(action, "file", file.FileId.ToString(), reviewed?.Reason ?? file.EscalationReason));
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "file", file.FileId.ToString(), refusal.Code), cancellationToken);
            throw;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(DomainErrorKind.Conflict, "file-changed", "Someone else changed this file at the same moment; look at it again.", "fileId");
        }

        var entry = await catalogue.FindAsync(file.ItemCode, file.ItemVersion, cancellationToken);
        var requests = await db.JointRequests.AsNoTracking().Where(r => r.FileId == file.FileId).ToListAsync(cancellationToken);
        return file.ToContract(now, entry, requests);
    }

    private ApplicationReviewed Reviewed(ReviewFile file, Caller caller, DateTimeOffset now, ReviewOutcome outcome, IReadOnlyList<string> missing, string? reason) => new()
    {
        OccurredAt = now,
        Tenant = tenant.RequireCentre(),
        FileId = file.FileId,
        ItemCode = file.ItemCode,
        ItemVersion = file.ItemVersion,
        Outcome = outcome,
        ReviewerStaffId = caller.Subject,
        AcceptingClerkStaffId = file.AcceptingClerkStaffId,
        HouseholdId = file.HouseholdId,
        ReturnRound = file.Returns,
        MissingMaterialCodes = missing,
        Reason = reason,
        StatutoryDeadline = file.Deadline,
    };

    private static WorkTally Tally(ReviewOutcome outcome, bool onTime) => outcome switch
    {
        ReviewOutcome.Passed => new WorkTally(Reviewed: 1, Passed: 1, Met: onTime ? 1 : 0),
        ReviewOutcome.Rejected => new WorkTally(Reviewed: 1, Rejected: 1, Met: onTime ? 1 : 0),
        _ => new WorkTally(Reviewed: 1, Returned: 1),
    };
}
