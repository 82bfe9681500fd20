using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Domain.Roster;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application;

/// <summary>The roster as review holds it (for heads, directors and the district) and the head's load caps.</summary>
public sealed class RosterUseCases(ReviewDbContext db, Assignments assignments, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<Contract.ListRosterReply> ListAsync(CancellationToken cancellationToken)
    {
        var roster = await SnapshotAsync(cancellationToken);
        var open = await OpenFilesAsync(cancellationToken);
        var reply = new Contract.ListRosterReply();
        reply.Reviewers.AddRange(roster.Staff.Where(s => s.IsReviewer || s.IsHead).OrderBy(s => s.StaffId, StringComparer.Ordinal)
            .Select(s => ToContract(s, roster, open.GetValueOrDefault(s.StaffId))));
        return reply;
    }

    public async Task<Contract.RosterEntry> SetCapacityAsync(Contract.SetCapacityRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var reviewers = await db.Reviewers.Where(r => r.StaffId == caller.Subject || r.StaffId == request.StaffId).ToListAsync(cancellationToken);
        if (reviewers.SingleOrDefault(r => r.StaffId == caller.Subject) is not { IsHead: true })
        {
            await audit.RecordDenialAsync(new AuditEntry("set-capacity", "reviewer", request.StaffId, "not the head of first review"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-review-head", "Only the head of first review sets load caps.", "staffId");
        }

        var reviewer = reviewers.SingleOrDefault(r => r.StaffId == request.StaffId && r.IsReviewer)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-reviewer", "There is no such first reviewer in this centre.", "staffId");
        reviewer.SetCapacity(request.Capacity);
        audit.Record(new AuditEntry("set-capacity", "reviewer", reviewer.StaffId, request.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"));
        await db.SaveChangesAsync(cancellationToken);
        var roster = await SnapshotAsync(cancellationToken);
        return ToContract(roster.Find(reviewer.StaffId)!, roster, (await OpenFilesAsync(cancellationToken)).GetValueOrDefault(reviewer.StaffId));
    }

    private Task<Dictionary<string, int>> OpenFilesAsync(CancellationToken cancellationToken) =>
        db.Files.AsNoTracking()
            .Where(f => f.ReviewerStaffId != null && (f.Status == FileStatus.InReview || f.Status == FileStatus.AwaitingSupplement || f.Status == FileStatus.Escalated))
            .GroupBy(f => f.ReviewerStaffId!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    private Task<Domain.Assignment.RosterSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        db.InTransactionAsync(() => assignments.SnapshotAsync(cancellationToken), cancellationToken);

    private static Contract.RosterEntry ToContract(Reviewer reviewer, Domain.Assignment.RosterSnapshot roster, int openFiles)
    {
        var entry = new Contract.RosterEntry
        {
            StaffId = reviewer.StaffId,
            Head = reviewer.IsHead,
            Capacity = roster.CapacityOf(reviewer.StaffId),
            Load = roster.LoadOf(reviewer.StaffId),
            OpenFiles = openFiles,
            OnLeave = roster.OnLeave(reviewer.StaffId),
            Available = roster.IsAvailable(reviewer.StaffId),
            LastDay = reviewer.LastDay is { } last ? Wire.Day(last) : null,
        };
        entry.Roles.AddRange(reviewer.Roles);
        entry.ItemsAsA.AddRange(reviewer.ItemsAsA);
        entry.ItemsAsB.AddRange(reviewer.ItemsAsB);
        entry.ItemsKnown.AddRange(reviewer.ItemsKnown);
        return entry;
    }
}
