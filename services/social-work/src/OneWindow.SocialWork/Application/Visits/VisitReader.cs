using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>The visits of a household or a case, and the caller's visits still to make.</summary>
public sealed class VisitReader(SocialWorkDbContext db, TimeProvider clock)
{
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
}
