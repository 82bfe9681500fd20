using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>
/// A home visit done: recorded on the spot or completing a scheduled one (never in the future); a next-visit date
/// schedules the follow-up, and home-visit-recorded is published.
/// </summary>
public sealed class RecordVisit(SocialWorkDbContext db, VisitAccess visits, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.HomeVisit> RecordAsync(V1.RecordVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var purpose = Wire.ToDomain<VisitPurpose>(request.Purpose, "purpose");
        var visitedAt = Wire.ParseInstant(request.VisitedAt, "visitedAt");
        var next = Wire.OptionalDay(request.NextVisitOn, "nextVisitOn");
        var (householdId, caseId) = await visits.SubjectAsync(request.HouseholdId, request.CaseId, caller, "record-visit", cancellationToken);
        var now = clock.GetUtcNow();
        var visit = HomeVisit.RecordDone(Guid.CreateVersion7(), householdId, caseId, caller.Subject, purpose, visitedAt, request.Findings, next, DayOf(visitedAt), now);
        db.Visits.Add(visit);
        return await SaveDoneAsync(visit, now, cancellationToken);
    }

    public async Task<V1.HomeVisit> CompleteAsync(V1.CompleteVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var visitedAt = Wire.ParseInstant(request.VisitedAt, "visitedAt");
        var next = Wire.OptionalDay(request.NextVisitOn, "nextVisitOn");
        var visit = await visits.VisitAsync(request.VisitId, caller, "complete-visit", cancellationToken);
        var now = clock.GetUtcNow();
        visit.Complete(visitedAt, request.Findings, next, DayOf(visitedAt), now);
        return await SaveDoneAsync(visit, now, cancellationToken);
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

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);
}
