using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Statistics;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Statistics;

/// <summary>
/// The department's figures for a period, per centre (the caller's, or every centre for the district), in the
/// form of the centre's report, with the same figures per worker and the pairings in force at the period's end.
/// </summary>
public sealed class StatisticsReader(SocialWorkDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.StatisticsReply> GetAsync(V1.GetStatisticsRequest request, CancellationToken cancellationToken)
    {
        var period = string.IsNullOrEmpty(request.From) && string.IsNullOrEmpty(request.To)
            ? Period.TwoMonthsBefore(ChinaTime.Today(clock))
            : Period.Of(Wire.ParseDay(request.From, "from"), Wire.ParseDay(request.To, "to"));
        var start = ChinaTime.StartOfDay(period.From);
        var end = ChinaTime.EndOfDay(period.To);

        var records = new List<(string Centre, WorkRecord Record)>();
        records.AddRange((await db.Surveys.AsNoTracking().Where(s => s.SurveyedOn >= period.From && s.SurveyedOn <= period.To)
                .Select(s => new { Centre = EF.Property<string>(s, TenantOwnership.PropertyName), s.SurveyedOn, s.SurveyedBy }).ToListAsync(cancellationToken))
            .Select(s => (s.Centre, new WorkRecord(WorkKind.LabourSurvey, s.SurveyedOn, s.SurveyedBy))));
        records.AddRange((await db.Receptions.AsNoTracking().Where(r => r.ReceivedAt >= start && r.ReceivedAt <= end)
                .Select(r => new { Centre = EF.Property<string>(r, TenantOwnership.PropertyName), r.ReceivedAt, r.ReceivedBy }).ToListAsync(cancellationToken))
            .Select(r => (r.Centre, new WorkRecord(WorkKind.Reception, DayOf(r.ReceivedAt), r.ReceivedBy))));
        records.AddRange((await db.JobRecommendations.AsNoTracking().Where(r => r.RecommendedOn >= period.From && r.RecommendedOn <= period.To)
                .Select(r => new { Centre = EF.Property<string>(r, TenantOwnership.PropertyName), r.RecommendedOn, r.RecommendedBy, r.ResidentId }).ToListAsync(cancellationToken))
            .Select(r => (r.Centre, new WorkRecord(WorkKind.JobRecommendation, r.RecommendedOn, r.RecommendedBy, r.ResidentId))));
        records.AddRange((await db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Done && v.VisitedAt >= start && v.VisitedAt <= end)
                .Select(v => new { Centre = EF.Property<string>(v, TenantOwnership.PropertyName), v.VisitedAt, v.WorkerStaffId }).ToListAsync(cancellationToken))
            .Select(v => (v.Centre, new WorkRecord(WorkKind.HomeVisit, DayOf(v.VisitedAt!.Value), v.WorkerStaffId))));
        records.AddRange((await db.Cases.AsNoTracking().Where(c => c.OpenedAt >= start && c.OpenedAt <= end)
                .Select(c => new { Centre = EF.Property<string>(c, TenantOwnership.PropertyName), c.OpenedAt, c.LeadWorker }).ToListAsync(cancellationToken))
            .Select(c => (c.Centre, new WorkRecord(WorkKind.CaseOpened, DayOf(c.OpenedAt), c.LeadWorker))));
        records.AddRange((await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Closed && c.ClosedAt >= start && c.ClosedAt <= end)
                .Select(c => new { Centre = EF.Property<string>(c, TenantOwnership.PropertyName), c.ClosedAt, c.LeadWorker }).ToListAsync(cancellationToken))
            .Select(c => (c.Centre, new WorkRecord(WorkKind.CaseClosed, DayOf(c.ClosedAt!.Value), c.LeadWorker))));

        // Pairings (结对) in force when the period ended: made by then, not concluded by then.
        var pairings = await db.ResourceReferrals.AsNoTracking()
            .Where(r => r.Kind == LinkKind.Pairing && r.MadeAt <= end && (r.ConcludedAt == null || r.ConcludedAt > end))
            .Select(r => new { Centre = EF.Property<string>(r, TenantOwnership.PropertyName), r.ResourceId })
            .ToListAsync(cancellationToken);
        var employers = (await db.Resources.AsNoTracking().Where(r => r.Kind == ResourceKind.Employer).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();

        var reply = new V1.StatisticsReply();
        // A centre sees its own figures, zeros included; the district sees every centre that did any work.
        var centres = tenant.Current.CentreCode is { } own
            ? [own]
            : records.Select(r => r.Centre).Concat(pairings.Select(p => p.Centre)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var centre in centres)
        {
            var work = records.Where(r => r.Centre == centre).Select(r => r.Record).ToList();
            var tally = CentreStatistics.Tally(period, work);
            var statistics = new V1.CentreStatistics
            {
                Centre = centre,
                From = Wire.Day(period.From),
                To = Wire.Day(period.To),
                Tally = ToContract(tally),
                Report = tally.Report(period),
                ActivePairings = pairings.Count(p => p.Centre == centre),
                EmployersPaired = pairings.Where(p => p.Centre == centre && employers.Contains(p.ResourceId)).Select(p => p.ResourceId).Distinct().Count(),
            };
            statistics.Workers.AddRange(CentreStatistics.ByWorker(period, work).Select(w => new V1.WorkerTally { StaffId = w.StaffId, Tally = ToContract(w.Tally) }));
            reply.Centres.Add(statistics);
        }

        return reply;
    }

    private static V1.Tally ToContract(WorkTally tally) => new()
    {
        LabourSurveys = tally.LabourSurveys,
        PeopleReceived = tally.PeopleReceived,
        JobRecommendations = tally.JobRecommendations,
        HomeInvestigations = tally.HomeInvestigations,
        CasesOpened = tally.CasesOpened,
        CasesClosed = tally.CasesClosed,
    };

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);
}
