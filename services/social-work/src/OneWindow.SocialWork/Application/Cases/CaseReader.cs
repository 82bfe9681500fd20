using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>Cases and households as the centre's social workers see them: sensitive notes withheld unless on the case.</summary>
public sealed class CaseReader(SocialWorkDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<V1.Case> GetAsync(V1.GetCaseRequest request, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        return await ToContractAsync(db, socialCase, cancellationToken);
    }

    /// <summary>The cases the filters leave, the newest opened first, a page at a time (docs/adr/0021).</summary>
    public async Task<V1.ListCasesReply> ListAsync(V1.ListCasesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var query = db.Cases.AsNoTracking();
        if (request.Status == V1.CaseStatus.Unspecified)
        {
            query = query.Where(c => c.Status != CaseStatus.Closed);
        }
        else
        {
            var status = Wire.ToDomain<CaseStatus>(request.Status, "status");
            query = query.Where(c => c.Status == status);
        }

        if (Wire.OptionalId(request.HouseholdId, "householdId") is { } householdId)
        {
            query = query.Where(c => c.HouseholdId == householdId);
        }

        if (request.Mine)
        {
            query = query.Where(c => c.Workers.Contains(caller.Subject));
        }

        if (after is var (openedAt, id))
        {
            query = query.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.OpenedAt, c.Id), ValueTuple.Create(openedAt, id)));
        }

        var page = await query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id)
            .ReadPageAsync(size, c => PageToken.After(c.OpenedAt, c.Id), cancellationToken);
        var reply = new V1.ListCasesReply { NextPageToken = page.NextPageToken };
        reply.Cases.AddRange(page.Rows.Select(c => c.ToContract([])));
        return reply;
    }

    public async Task<V1.Household> HouseholdAsync(V1.GetHouseholdRequest request, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.HouseholdId == household.HouseholdId).OrderByDescending(c => c.OpenedAt).ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking().Where(v => v.HouseholdId == household.HouseholdId).OrderByDescending(v => v.ScheduledOn).ToListAsync(cancellationToken);
        return household.ToContract(cases, visits, ChinaTime.Today(clock));
    }

    internal static async Task<V1.Case> ToContractAsync(SocialWorkDbContext db, SocialCase socialCase, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking().Where(n => n.CaseId == socialCase.Id).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        return socialCase.ToContract(notes);
    }
}
