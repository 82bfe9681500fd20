using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Application.Work;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using OneWindow.WorkingCalendar;

namespace OneWindow.Review.Application.Watch;

/// <summary>
/// What time alone changes, centre by centre under each centre's tenant: provisional deadlines counted again once
/// the district has loaded their year; the 80 % warning and the
/// overdue alarm of each file (once each, the alarm counted as a missed deadline for its holder);
/// unanswered joint requests escalated to the head; files held by someone no longer here moved on and
/// the head's list tried again; and each finished day's work tallies published for performance.
/// </summary>
public sealed class ReviewWatch(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly FileStatus[] Open = [FileStatus.InReview, FileStatus.AwaitingSupplement, FileStatus.Escalated];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var centre in await CentresAsync(cancellationToken))
        {
            await InCentreAsync(centre, (services, ct) => services.GetRequiredService<Assignments>().RebalanceAsync(ct), cancellationToken);
            await InCentreAsync(centre, ProvisionalDeadlinesAsync, cancellationToken);
            await InCentreAsync(centre, DeadlinesAsync, cancellationToken);
            await InCentreAsync(centre, JointRepliesAsync, cancellationToken);
            await InCentreAsync(centre, WorkDaysAsync, cancellationToken);
        }
    }

    private async Task<List<string>> CentresAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var withFiles = await db.Files.Where(f => Open.Contains(f.Status)).Select(f => EF.Property<string>(f, TenantOwnership.PropertyName)).Distinct().ToListAsync(cancellationToken);
        var withWork = await db.WorkDays.Where(d => !d.Published).Select(d => EF.Property<string>(d, TenantOwnership.PropertyName)).Distinct().ToListAsync(cancellationToken);
        return [.. withFiles.Union(withWork, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private async Task InCentreAsync(string centre, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        await db.InTransactionAsync(async () =>
        {
            // Every replica runs the watch: one at a time per centre, and the next reads what the last committed,
            // so a warning or an escalation is never sent twice.
            await db.LockAsync("review-watch:" + centre, cancellationToken);
            var changed = await work(scope.ServiceProvider, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return changed;
        }, cancellationToken);
    }

    /// <summary>
    /// Deadlines counted over a year the district had not loaded, counted again once it has (working-calendar-changed
    /// stored the year): each one that moved is told (file-deadline-changed), so intake's receipt and the resident follow.
    /// </summary>
    private async Task<int> ProvisionalDeadlinesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ReviewDbContext>();
        var calendar = await services.GetRequiredService<IWorkingCalendar>().CurrentAsync(cancellationToken);
        var loaded = calendar.Years.Select(y => y.Year).ToList();
        var files = await db.Files
            .Where(f => Open.Contains(f.Status) && f.DeadlineProvisionalFrom != null && loaded.Contains(f.DeadlineProvisionalFrom.Value))
            .ToListAsync(cancellationToken);
        if (files.Count == 0)
        {
            return 0;
        }

        var outbox = services.GetRequiredService<IOutbox>();
        var audit = services.GetRequiredService<IAuditTrail>();
        var centre = services.GetRequiredService<ITenantContext>().RequireCentre();
        var now = clock.GetUtcNow();
        foreach (var file in files)
        {
            var previous = file.Deadline;
            file.RecountDeadline(calendar);
            audit.Record(new AuditEntry("recount-deadline", "file", file.FileId.ToString(), $"期限按已载入的工作日历重算：{Wire.Instant(previous)} → {Wire.Instant(file.Deadline)}"));
            outbox.Add(new FileDeadlineChanged
            {
                OccurredAt = now,
                Tenant = centre,
                FileId = file.FileId,
                PreviousDeadline = previous,
                Deadline = file.Deadline,
                Provisional = file.DeadlineProvisionalFrom is not null,
            });
        }

        return files.Count;
    }

    private async Task<int> DeadlinesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ReviewDbContext>();
        var outbox = services.GetRequiredService<IOutbox>();
        var work = services.GetRequiredService<WorkLog>();
        var centre = services.GetRequiredService<ITenantContext>().RequireCentre();
        var now = clock.GetUtcNow();
        var due = await db.Files
            .Where(f => Open.Contains(f.Status) && f.PausedAt == null && ((!f.WarningSent && f.WarnAt <= now) || (!f.OverdueSent && f.Deadline < now)))
            .ToListAsync(cancellationToken);
        foreach (var file in due)
        {
            var holder = file.ReviewerStaffId ?? string.Empty;
            if (file.OverdueDue(now))
            {
                file.MarkOverdueSent();
                outbox.Add(new ReviewOverdue { OccurredAt = now, Tenant = centre, FileId = file.FileId, ReviewerStaffId = holder, Deadline = file.Deadline });
                if (file.ReviewerStaffId is { } reviewer)
                {
                    await work.CountAsync(reviewer, now, new WorkTally(Missed: 1), cancellationToken);
                }
            }
            else if (file.WarningDue(now))
            {
                file.MarkWarningSent();
                outbox.Add(new ReviewDeadlineWarning { OccurredAt = now, Tenant = centre, FileId = file.FileId, ReviewerStaffId = holder, Deadline = file.Deadline });
            }
        }

        return due.Count;
    }

    private async Task<int> JointRepliesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ReviewDbContext>();
        var outbox = services.GetRequiredService<IOutbox>();
        var audit = services.GetRequiredService<IAuditTrail>();
        var centre = services.GetRequiredService<ITenantContext>().RequireCentre();
        var today = ChinaTime.Today(clock);
        var late = await db.JointRequests.Where(r => r.RepliedAt == null && !r.Escalated && r.ReplyDue < today).ToListAsync(cancellationToken);
        if (late.Count == 0)
        {
            return 0;
        }

        var head = (await services.GetRequiredService<Assignments>().SnapshotAsync(cancellationToken)).AvailableHead;
        foreach (var request in late)
        {
            request.MarkEscalated();
            audit.Record(new AuditEntry("escalate-joint-request", "file", request.FileId.ToString(), $"{request.Department} 未在 {Wire.Day(request.ReplyDue)} 前答复，报部长 {head ?? "（无在岗部长）"}"));
            outbox.Add(new JointReplyOverdue { OccurredAt = clock.GetUtcNow(), Tenant = centre, FileId = request.FileId, OutsideDepartment = request.Department, ReplyDue = request.ReplyDue, HeadStaffId = head });
        }

        return late.Count;
    }

    private async Task<int> WorkDaysAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ReviewDbContext>();
        var outbox = services.GetRequiredService<IOutbox>();
        var centre = services.GetRequiredService<ITenantContext>().RequireCentre();
        var today = ChinaTime.Today(clock);
        var finished = await db.WorkDays.Where(d => !d.Published && d.Day < today).ToListAsync(cancellationToken);
        foreach (var day in finished)
        {
            day.Published = true;
            outbox.Add(new ReviewerWorkRecorded
            {
                OccurredAt = clock.GetUtcNow(),
                Tenant = centre,
                ReviewerStaffId = day.StaffId,
                Day = day.Day,
                FilesReviewed = day.FilesReviewed,
                Passed = day.Passed,
                Returned = day.Returned,
                Rejected = day.Rejected,
                DeadlinesMet = day.DeadlinesMet,
                DeadlinesMissed = day.DeadlinesMissed,
            });
        }

        return finished.Count;
    }
}
