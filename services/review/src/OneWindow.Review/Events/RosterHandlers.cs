using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Domain.Roster;
using OneWindow.Review.Persistence;

namespace OneWindow.Review.Events;

/// <summary>
/// The roster from hr-payroll's events: posts and roles, the skills matrix, departures and leave. A
/// reviewer who goes on leave, leaves, or moves out of first review hands their open files over by the
/// assignment rule, at once. Events arrive on separate topics in any order; each part of the roster
/// keeps the newest fact, and a leave that has ended is never started by a late event (recorded, not applied).
/// </summary>
public sealed class RosterHandlers(ReviewDbContext db, Assignments assignments, IAuditTrail audit, ITenantContext tenant, TimeProvider clock) :
    IIntegrationEventHandler<StaffHired>,
    IIntegrationEventHandler<StaffChanged>,
    IIntegrationEventHandler<StaffLeft>,
    IIntegrationEventHandler<SkillsChanged>,
    IIntegrationEventHandler<LeaveApproved>,
    IIntegrationEventHandler<LeaveStarted>,
    IIntegrationEventHandler<LeaveEnded>
{
    public Task HandleAsync(StaffHired hired, CancellationToken cancellationToken) =>
        ChangePostAsync(hired.StaffId, hired.Department, hired.Roles, hired.OccurredAt, cancellationToken);

    public Task HandleAsync(StaffChanged changed, CancellationToken cancellationToken) =>
        ChangePostAsync(changed.StaffId, changed.Department, changed.Roles, changed.OccurredAt, cancellationToken);

    public async Task HandleAsync(StaffLeft left, CancellationToken cancellationToken)
    {
        var reviewer = await FindOrAddAsync(left.StaffId, cancellationToken);
        reviewer.Leave(left.LastDay);
        if (left.LastDay < ChinaTime.Today(clock))
        {
            await assignments.HandOverAsync(left.StaffId, "承办人已离职", cancellationToken);
        }
    }

    public async Task HandleAsync(SkillsChanged changed, CancellationToken cancellationToken)
    {
        var reviewer = await FindOrAddAsync(changed.StaffId, cancellationToken);
        reviewer.ChangeSkills(changed.ItemsAsA, changed.ItemsAsB, changed.ItemsKnown, changed.OccurredAt);
    }

    public async Task HandleAsync(LeaveApproved approved, CancellationToken cancellationToken)
    {
        var leave = await db.Leave.SingleOrDefaultAsync(l => l.LeaveId == approved.LeaveId, cancellationToken);
        var applies = true;
        if (leave is null)
        {
            Add(Valid(() => LeavePeriod.Approved(approved.LeaveId, approved.StaffId, approved.From, approved.To)));
        }
        else
        {
            applies = Valid(() => leave.Approve(approved.From, approved.To));
        }

        await AfterLeaveAsync(approved.LeaveId, approved.StaffId, applies, approved.From, approved.To, "leave-approved", cancellationToken);
    }

    public async Task HandleAsync(LeaveStarted started, CancellationToken cancellationToken)
    {
        var leave = await db.Leave.SingleOrDefaultAsync(l => l.LeaveId == started.LeaveId, cancellationToken)
            ?? Add(Valid(() => LeavePeriod.Approved(started.LeaveId, started.StaffId, started.From, started.To)));
        var applies = Valid(() => leave.Start(started.From, started.To));
        await AfterLeaveAsync(started.LeaveId, started.StaffId, applies, started.From, started.To, "leave-started", cancellationToken);
    }

    public async Task HandleAsync(LeaveEnded ended, CancellationToken cancellationToken)
    {
        var leave = await db.Leave.SingleOrDefaultAsync(l => l.LeaveId == ended.LeaveId, cancellationToken);
        if (leave is null)
        {
            // The end came before the start: kept, so the late start is refused rather than applied.
            db.Leave.Add(LeavePeriod.EndedBeforeKnown(ended.LeaveId, ended.StaffId));
            audit.Record(new AuditEntry("record-leave-end", "leave", ended.LeaveId.ToString(), $"{ended.StaffId}: leave-ended arrived before its start"));
            return;
        }

        leave.End();
    }

    private async Task ChangePostAsync(string staffId, Department department, IEnumerable<string> roles, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var reviewer = await FindOrAddAsync(staffId, cancellationToken);
        var heldFiles = reviewer.IsReviewer || reviewer.IsHead;
        if (reviewer.ChangePost(department, roles, at) && heldFiles && !reviewer.IsReviewer && !reviewer.IsHead)
        {
            await assignments.HandOverAsync(staffId, "承办人调离初审部", cancellationToken);
        }
    }

    private async Task AfterLeaveAsync(Guid leaveId, string staffId, bool applies, DateOnly from, DateOnly to, string fact, CancellationToken cancellationToken)
    {
        if (!applies)
        {
            audit.Record(new AuditEntry("refuse-leave-event", "leave", leaveId.ToString(), $"{fact} for {staffId} ({from:yyyy-MM-dd}..{to:yyyy-MM-dd}) arrived after the leave had ended: not applied"));
            return;
        }

        var today = ChinaTime.Today(clock);
        if (from <= today && today <= to)
        {
            var moved = await assignments.HandOverAsync(staffId, $"请假 {from:yyyy-MM-dd}..{to:yyyy-MM-dd}", cancellationToken);
            audit.Record(new AuditEntry("hand-over", "reviewer", staffId, $"{moved} open files moved for leave {leaveId}"));
        }
    }

    private async Task<Reviewer> FindOrAddAsync(string staffId, CancellationToken cancellationToken)
    {
        if (tenant.Current.CentreCode is null)
        {
            throw new PoisonEventException($"A roster event for {staffId} names no centre.");
        }

        return await db.Reviewers.SingleOrDefaultAsync(r => r.StaffId == staffId, cancellationToken)
            ?? db.Reviewers.Add(Reviewer.For(staffId)).Entity;
    }

    private LeavePeriod Add(LeavePeriod leave)
    {
        if (tenant.Current.CentreCode is null)
        {
            throw new PoisonEventException($"Leave {leave.LeaveId} names no centre.");
        }

        return db.Leave.Add(leave).Entity;
    }

    /// <summary>Leave that ends before it starts can never be applied, however often it is delivered.</summary>
    private static T Valid<T>(Func<T> apply)
    {
        try
        {
            return apply();
        }
        catch (DomainException invalid)
        {
            throw new PoisonEventException(invalid.Message, invalid);
        }
    }
}
