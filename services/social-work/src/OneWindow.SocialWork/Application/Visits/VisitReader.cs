using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>The visits of a household or a case, and the caller's visits still to make.</summary>
public sealed class VisitReader(SocialWorkDbContext db, TimeProvider clock)
{
    /// <summary>A household's or a case's visits, the latest day first, a page at a time (docs/adr/0021).</summary>
    public async Task<V1.ListVisitsReply> ListAsync(V1.ListVisitsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseDay(request.PageToken);
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

        if (after is var (day, visitId))
        {
            query = query.Where(v => EF.Functions.LessThan(ValueTuple.Create(v.ScheduledOn, v.Id), ValueTuple.Create(day, visitId)));
        }

        return Reply(await query.OrderByDescending(v => v.ScheduledOn).ThenByDescending(v => v.Id).ReadPageAsync(size, Token, cancellationToken));
    }

    /// <summary>The caller's visits still to make, overdue ones (the earliest day) first, a page at a time.</summary>
    public async Task<V1.ListVisitsReply> MineAsync(V1.MyVisitsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseDay(request.PageToken);
        var query = db.Visits.AsNoTracking().Where(v => v.WorkerStaffId == caller.Subject && v.Status == VisitStatus.Scheduled);
        if (after is var (day, visitId))
        {
            query = query.Where(v => EF.Functions.GreaterThan(ValueTuple.Create(v.ScheduledOn, v.Id), ValueTuple.Create(day, visitId)));
        }

        return Reply(await query.OrderBy(v => v.ScheduledOn).ThenBy(v => v.Id).ReadPageAsync(size, Token, cancellationToken));
    }

    private static string Token(HomeVisit visit) => PageToken.After(visit.ScheduledOn, visit.Id);

    private V1.ListVisitsReply Reply(KeysetPage<HomeVisit> page)
    {
        var today = ChinaTime.Today(clock);
        var reply = new V1.ListVisitsReply { NextPageToken = page.NextPageToken };
        reply.Visits.AddRange(page.Rows.Select(v => v.ToContract(today)));
        return reply;
    }
}
