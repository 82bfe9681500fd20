using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>A home visit planned for a day, by the caller or for another worker.</summary>
public sealed class ScheduleVisit(SocialWorkDbContext db, VisitAccess visits, TimeProvider clock)
{
    public async Task<V1.HomeVisit> HandleAsync(V1.ScheduleVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var purpose = Wire.ToDomain<VisitPurpose>(request.Purpose, "purpose");
        var on = Wire.ParseDay(request.ScheduledOn, "scheduledOn");
        var (householdId, caseId) = await visits.SubjectAsync(request.HouseholdId, request.CaseId, caller, "schedule-visit", cancellationToken);
        var worker = string.IsNullOrWhiteSpace(request.Worker) ? caller.Subject : request.Worker.Trim();
        var now = clock.GetUtcNow();
        var visit = HomeVisit.Schedule(Guid.CreateVersion7(), householdId, caseId, worker, purpose, on, ChinaTime.Today(clock), now);
        db.Visits.Add(visit);
        await db.SaveAsync(cancellationToken);
        return visit.ToContract(ChinaTime.Today(clock));
    }
}
