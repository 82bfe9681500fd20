using Microsoft.EntityFrameworkCore;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Domain.Assignment;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Roster;

/// <summary>The roster as review holds it (for heads, directors and the district): loads, caps, leave and skills.</summary>
public sealed class RosterReader(ReviewDbContext db, Assignments assignments)
{
    public async Task<Contract.ListRosterReply> ListAsync(CancellationToken cancellationToken)
    {
        var roster = await SnapshotAsync(cancellationToken);
        var open = await OpenFilesAsync(cancellationToken);
        var reply = new Contract.ListRosterReply();
        reply.Reviewers.AddRange(roster.Staff.Where(s => s.IsReviewer || s.IsHead).OrderBy(s => s.StaffId, StringComparer.Ordinal)
            .Select(s => s.ToContract(roster, open.GetValueOrDefault(s.StaffId))));
        return reply;
    }

    /// <summary>One person's entry, read after a change to it has been saved.</summary>
    public async Task<Contract.RosterEntry> EntryAsync(string staffId, CancellationToken cancellationToken)
    {
        var roster = await SnapshotAsync(cancellationToken);
        return roster.Find(staffId)!.ToContract(roster, (await OpenFilesAsync(cancellationToken)).GetValueOrDefault(staffId));
    }

    private Task<Dictionary<string, int>> OpenFilesAsync(CancellationToken cancellationToken) =>
        db.Files.AsNoTracking()
            .Where(f => f.ReviewerStaffId != null && (f.Status == FileStatus.InReview || f.Status == FileStatus.AwaitingSupplement || f.Status == FileStatus.Escalated))
            .GroupBy(f => f.ReviewerStaffId!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    private Task<RosterSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        db.InTransactionAsync(() => assignments.SnapshotAsync(cancellationToken), cancellationToken);
}
