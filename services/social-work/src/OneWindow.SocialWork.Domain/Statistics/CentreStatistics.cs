namespace OneWindow.SocialWork.Domain.Statistics;

public static class CentreStatistics
{
    public static WorkTally Tally(Period period, IEnumerable<WorkRecord> records)
    {
        var inPeriod = records.Where(r => period.Contains(r.On)).ToList();
        int Count(WorkKind kind) => inPeriod.Count(r => r.Kind == kind);
        return new WorkTally(
            Count(WorkKind.LabourSurvey),
            Count(WorkKind.Reception),
            inPeriod.Where(r => r.Kind == WorkKind.JobRecommendation).Select(r => r.PersonId).Distinct().Count(),
            Count(WorkKind.HomeVisit),
            Count(WorkKind.CaseOpened),
            Count(WorkKind.CaseClosed));
    }

    /// <summary>The same figures per worker (for the head and for performance evaluation), in staff-id order.</summary>
    public static IReadOnlyList<(string StaffId, WorkTally Tally)> ByWorker(Period period, IEnumerable<WorkRecord> records) =>
        [.. records.Where(r => period.Contains(r.On))
            .GroupBy(r => r.StaffId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Tally(period, g)))];
}
