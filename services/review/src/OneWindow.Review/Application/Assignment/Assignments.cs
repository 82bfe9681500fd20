using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.Review.Domain.Assignment;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;

namespace OneWindow.Review.Application.Assignment;

/// <summary>
/// Puts files with reviewers by the AB rule and records every move: the audit entry and the event
/// (application-assigned, application-reassigned, or application-unassigned for the head's list) commit
/// with the change. Callers hold the centre's assignment lock, so loads read for one choice are not
/// changed underneath it by another.
/// </summary>
public sealed class Assignments(ReviewDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, IOptions<ReviewOptions> options, TimeProvider clock)
{
    private static readonly FileStatus[] Open = [FileStatus.InReview, FileStatus.AwaitingSupplement, FileStatus.Escalated];

    /// <summary>Serialises assignment within the centre until the transaction ends.</summary>
    public async Task LockCentreAsync(CancellationToken cancellationToken)
    {
        await db.LockAsync("review-assignment:" + tenant.RequireCentre(), cancellationToken);
    }

    /// <summary>Today's roster with everyone's open load; pending changes are flushed first so it sees them (inside the caller's transaction).</summary>
    public async Task<RosterSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var staff = await db.Reviewers.AsNoTracking().ToListAsync(cancellationToken);
        var leave = await db.Leave.AsNoTracking().Where(l => !l.Ended && l.From <= today && l.To >= today).ToListAsync(cancellationToken);
        var loads = await db.Files.AsNoTracking()
            .Where(f => Open.Contains(f.Status) && f.ReviewerStaffId != null)
            .GroupBy(f => f.ReviewerStaffId!)
            .Select(g => new { StaffId = g.Key, Load = g.Sum(f => f.Effort) })
            .ToDictionaryAsync(g => g.StaffId, g => g.Load, StringComparer.Ordinal, cancellationToken);
        return new RosterSnapshot(staff, leave, loads, today, options.Value.DefaultCapacity);
    }

    /// <summary>A new file (or one on the head's list): to whoever the rule names, or it stays on the list with an alert.</summary>
    public AssignmentDecision AssignByRule(ReviewFile file, RosterSnapshot roster, bool alertIfNobody)
    {
        var decision = roster.Choose(file.ItemCode, file.Effort);
        if (!decision.Assigned)
        {
            if (alertIfNobody)
            {
                file.AssignTo(null, null, clock.GetUtcNow());
                audit.Record(new AuditEntry("assign", "file", file.FileId.ToString(), "未分配：没有可用的审核人员掌握该事项，进入部长待分配清单"));
                outbox.Add(Unassigned(file, roster, previous: null));
            }

            return decision;
        }

        var now = clock.GetUtcNow();
        file.AssignTo(decision.StaffId, decision.Reason, now);
        roster.Move(null, decision.StaffId, file.Effort);
        audit.Record(new AuditEntry("assign", "file", file.FileId.ToString(), $"{decision.StaffId} ({Wire.Kebab(decision.Reason!.Value)})"));
        outbox.Add(new ApplicationAssigned { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = file.FileId, ReviewerStaffId = decision.StaffId!, Reason = decision.Reason.Value });
        return decision;
    }

    /// <summary>
    /// Moves a file away from a holder who is no longer available (leave, departure, a new post): by the
    /// same rule, or for an escalated file to a head who is here; nobody means the head's list with an alert.
    /// </summary>
    public void MoveByRule(ReviewFile file, RosterSnapshot roster, AssignmentReason reason, string why)
    {
        var target = file.Status == FileStatus.Escalated ? roster.AvailableHead : roster.Choose(file.ItemCode, file.Effort).StaffId;
        if (target == file.ReviewerStaffId)
        {
            return;
        }

        Move(file, roster, target, reason, why);
    }

    /// <summary>Moves a file to a named holder (or nobody) and records it.</summary>
    public void Move(ReviewFile file, RosterSnapshot roster, string? target, AssignmentReason reason, string why)
    {
        var now = clock.GetUtcNow();
        var previous = file.AssignTo(target, reason, now);
        roster.Move(previous, target, file.Effort);
        audit.Record(new AuditEntry("reassign", "file", file.FileId.ToString(), $"{previous ?? "—"} → {target ?? "待分配"} ({Wire.Kebab(reason)}): {why}"));
        if (target is null)
        {
            outbox.Add(Unassigned(file, roster, previous));
        }
        else if (previous is null)
        {
            outbox.Add(new ApplicationAssigned { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = file.FileId, ReviewerStaffId = target, Reason = reason });
        }
        else
        {
            outbox.Add(new ApplicationReassigned
            {
                OccurredAt = now,
                Tenant = tenant.RequireCentre(),
                FileId = file.FileId,
                ReviewerStaffId = target,
                PreviousReviewerStaffId = previous,
                Reason = reason,
                Note = why,
            });
        }
    }

    /// <summary>Every open file the person holds goes elsewhere by the rule (leave handover, departure).</summary>
    public async Task<int> HandOverAsync(string staffId, string why, CancellationToken cancellationToken)
    {
        await LockCentreAsync(cancellationToken);
        var roster = await SnapshotAsync(cancellationToken);
        if (roster.IsAvailable(staffId) || roster.IsAvailableHead(staffId))
        {
            return 0;
        }

        var files = await db.Files.Where(f => Open.Contains(f.Status) && f.ReviewerStaffId == staffId).OrderBy(f => f.Deadline).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            MoveByRule(file, roster, AssignmentReason.Leave, why);
        }

        return files.Count;
    }

    /// <summary>
    /// The safety net the watch runs: files held by someone no longer available move on (a leave whose
    /// start was never announced, a last day passed), and files on the head's list are tried again (a
    /// reviewer is back, skills changed). Escalated files without a head wait for one.
    /// </summary>
    public async Task<int> RebalanceAsync(CancellationToken cancellationToken)
    {
        await LockCentreAsync(cancellationToken);
        var roster = await SnapshotAsync(cancellationToken);
        var files = await db.Files.Where(f => Open.Contains(f.Status)).OrderBy(f => f.Deadline).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var file in files)
        {
            switch (file.ReviewerStaffId)
            {
                case null when file.Status == FileStatus.Escalated:
                    if (roster.AvailableHead is { } head)
                    {
                        Move(file, roster, head, AssignmentReason.ByHand, "升级件交部长决定");
                        moved++;
                    }

                    break;
                case null:
                    moved += AssignByRule(file, roster, alertIfNobody: false).Assigned ? 1 : 0;
                    break;
                case var holder when file.Status == FileStatus.Escalated ? !roster.IsAvailableHead(holder) : !roster.IsAvailable(holder):
                    MoveByRule(file, roster, AssignmentReason.Leave, "承办人不在岗");
                    moved++;
                    break;
            }
        }

        return moved;
    }

    private ApplicationUnassigned Unassigned(ReviewFile file, RosterSnapshot roster, string? previous) => new()
    {
        OccurredAt = clock.GetUtcNow(),
        Tenant = tenant.RequireCentre(),
        FileId = file.FileId,
        ItemCode = file.ItemCode,
        HeadStaffId = roster.AvailableHead,
        PreviousReviewerStaffId = previous,
    };
}
