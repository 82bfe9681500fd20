using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application;

/// <summary>
/// Home visits: scheduled, recorded as done (never in the future; a next-visit date schedules the follow-up) or
/// missed. A visit on a case is for the case's workers and the head; a visit done publishes home-visit-recorded.
/// </summary>
public sealed class VisitUseCases(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.HomeVisit> ScheduleAsync(V1.ScheduleVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var purpose = Wire.ToDomain<VisitPurpose>(request.Purpose, "purpose");
        var on = Wire.ParseDay(request.ScheduledOn, "scheduledOn");
        var (householdId, caseId) = await SubjectAsync(request.HouseholdId, request.CaseId, caller, "schedule-visit", cancellationToken);
        var worker = string.IsNullOrWhiteSpace(request.Worker) ? caller.Subject : request.Worker.Trim();
        var now = clock.GetUtcNow();
        var visit = HomeVisit.Schedule(Guid.CreateVersion7(), householdId, caseId, worker, purpose, on, ChinaTime.Today(clock), now);
        db.Visits.Add(visit);
        await db.SaveAsync(cancellationToken);
        return visit.ToContract(ChinaTime.Today(clock));
    }

    public async Task<V1.HomeVisit> RecordAsync(V1.RecordVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var purpose = Wire.ToDomain<VisitPurpose>(request.Purpose, "purpose");
        var visitedAt = Wire.ParseInstant(request.VisitedAt, "visitedAt");
        var next = Wire.OptionalDay(request.NextVisitOn, "nextVisitOn");
        var (householdId, caseId) = await SubjectAsync(request.HouseholdId, request.CaseId, caller, "record-visit", cancellationToken);
        var now = clock.GetUtcNow();
        var visit = HomeVisit.RecordDone(Guid.CreateVersion7(), householdId, caseId, caller.Subject, purpose, visitedAt, request.Findings, next, DayOf(visitedAt), now);
        db.Visits.Add(visit);
        return await SaveDoneAsync(visit, now, cancellationToken);
    }

    public async Task<V1.HomeVisit> CompleteAsync(V1.CompleteVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var visitedAt = Wire.ParseInstant(request.VisitedAt, "visitedAt");
        var next = Wire.OptionalDay(request.NextVisitOn, "nextVisitOn");
        var visit = await VisitAsync(request.VisitId, caller, "complete-visit", cancellationToken);
        var now = clock.GetUtcNow();
        visit.Complete(visitedAt, request.Findings, next, DayOf(visitedAt), now);
        return await SaveDoneAsync(visit, now, cancellationToken);
    }

    public async Task<V1.HomeVisit> MissAsync(V1.MissVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var visit = await VisitAsync(request.VisitId, caller, "miss-visit", cancellationToken);
        visit.Miss(request.Reason, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return visit.ToContract(ChinaTime.Today(clock));
    }

    public async Task<V1.ListVisitsReply> ListAsync(V1.ListVisitsRequest request, CancellationToken cancellationToken)
    {
        var query = db.Visits.AsNoTracking();
        var householdId = Wire.OptionalId(request.HouseholdId, "householdId");
        var caseId = Wire.OptionalId(request.CaseId, "caseId");
        if (householdId is null && caseId is null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "filter-required", "householdId or caseId is required.", "householdId");
        }

        if (householdId is { } household)
        {
            query = query.Where(v => v.HouseholdId == household);
        }

        if (caseId is { } id)
        {
            query = query.Where(v => v.CaseId == id);
        }

        return Reply(await query.OrderByDescending(v => v.ScheduledOn).Take(500).ToListAsync(cancellationToken));
    }

    /// <summary>The caller's visits still to make, overdue ones first.</summary>
    public async Task<V1.ListVisitsReply> MineAsync(Caller caller, CancellationToken cancellationToken) =>
        Reply(await db.Visits.AsNoTracking()
            .Where(v => v.WorkerStaffId == caller.Subject && v.Status == VisitStatus.Scheduled)
            .OrderBy(v => v.ScheduledOn)
            .Take(500)
            .ToListAsync(cancellationToken));

    private V1.ListVisitsReply Reply(IEnumerable<HomeVisit> visits)
    {
        var today = ChinaTime.Today(clock);
        var reply = new V1.ListVisitsReply();
        reply.Visits.AddRange(visits.Select(v => v.ToContract(today)));
        return reply;
    }

    private async Task<V1.HomeVisit> SaveDoneAsync(HomeVisit visit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var followUp = visit.FollowUp(Guid.CreateVersion7(), now);
        if (followUp is not null)
        {
            db.Visits.Add(followUp);
        }

        audit.Record(new AuditEntry("record-visit", "household", visit.HouseholdId.ToString(), visit.Purpose.ToString()));
        outbox.Add(new HomeVisitRecorded
        {
            OccurredAt = now, Tenant = tenant.RequireCentre(), VisitId = visit.Id, CaseId = visit.CaseId, HouseholdId = visit.HouseholdId, WorkerStaffId = visit.WorkerStaffId,
        });
        await db.SaveAsync(cancellationToken);
        return visit.ToContract(ChinaTime.Today(clock), followUp?.Id);
    }

    /// <summary>The household visited, and the case if named: it must be the household's, and the caller must work it.</summary>
    private async Task<(Guid HouseholdId, Guid? CaseId)> SubjectAsync(string householdText, string caseText, Caller caller, string action, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(householdText, "householdId"), cancellationToken);
        if (Wire.OptionalId(caseText, "caseId") is not { } caseId)
        {
            return (household.HouseholdId, null);
        }

        var socialCase = await access.CaseAsync(caseId, cancellationToken);
        if (socialCase.HouseholdId != household.HouseholdId)
        {
            throw new DomainException(DomainErrorKind.Invalid, "case-of-another-household", "The case is not this household's.", "caseId");
        }

        if (!socialCase.IsOpen)
        {
            throw new DomainException(DomainErrorKind.Conflict, "case-closed", "The case is closed.", "caseId");
        }

        await access.EnsureMayWorkAsync(socialCase, caller, action, cancellationToken);
        return (household.HouseholdId, caseId);
    }

    private async Task<HomeVisit> VisitAsync(string id, Caller caller, string action, CancellationToken cancellationToken)
    {
        var visitId = Wire.ParseId(id, "visitId");
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-visit", "There is no such visit in this centre.", "visitId");
        if (visit.WorkerStaffId != caller.Subject && !caller.IsDepartmentHead)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "visit", visit.Id.ToString(), "not the visiting worker"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-visit", "Only the visiting worker or the department head records this visit.", "visitId");
        }

        return visit;
    }

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);
}
