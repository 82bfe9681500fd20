using OneWindow.Common.Vocabulary;

namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>
/// The monthly award rule: 服务明星 goes to the front-window worker with the best score among those rated at
/// least 5 times with an average of 4.5 or more; 业务能手 to the first reviewer with the best score who reviewed
/// at least 5 files with no quality error. Ties go to the lower staff id; nobody qualifying, no award.
/// </summary>
public static class AwardRule
{
    public static IReadOnlyDictionary<string, Award> Choose(IEnumerable<Evaluation> evaluations)
    {
        var all = evaluations.ToList();
        var chosen = new Dictionary<string, Award>(StringComparer.Ordinal);
        var star = all.Where(e => e.Department == Department.FrontWindows && Satisfied(e))
            .OrderByDescending(e => e.FinalScore).ThenBy(e => e.StaffId, StringComparer.Ordinal).FirstOrDefault();
        if (star is not null)
        {
            chosen[star.StaffId] = Award.ServiceStar;
        }

        var expert = all.Where(e => e.Department == Department.FirstReview && Count(e, WorkMetric.FilesReviewed) >= 5 && Count(e, WorkMetric.QualityErrors) == 0)
            .OrderByDescending(e => e.FinalScore).ThenBy(e => e.StaffId, StringComparer.Ordinal).FirstOrDefault();
        if (expert is not null)
        {
            chosen[expert.StaffId] = Award.BusinessExpert;
        }

        return chosen;
    }

    private static int Count(Evaluation e, WorkMetric metric) => e.Lines.FirstOrDefault(l => l.Metric == metric)?.Count ?? 0;

    private static bool Satisfied(Evaluation e) =>
        e.Lines.FirstOrDefault(l => l.Metric == WorkMetric.Satisfaction) is { Count: >= 5, Value: >= 0.5m };
}
