using OneWindow.Common.Time;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>A scheduled visit that did not happen, with the reason.</summary>
public sealed class MissVisit(SocialWorkDbContext db, VisitAccess visits, TimeProvider clock)
{
    public async Task<V1.HomeVisit> HandleAsync(V1.MissVisitRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var visit = await visits.VisitAsync(request.VisitId, caller, "miss-visit", cancellationToken);
        visit.Miss(request.Reason, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return visit.ToContract(ChinaTime.Today(clock));
    }
}
