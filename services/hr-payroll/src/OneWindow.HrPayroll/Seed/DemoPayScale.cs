using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Seed;

/// <summary>
/// The demo district's scale (三岗十八级), consistent with the articles: grade pay from 1,848 CNY (tier 3,
/// grade 1) to 4,248 CNY (tier 1, grade 18) in steps of 80; allowances for window staff of 1,850-2,568 a
/// month (post 1,450 + performance up to 500 + title up to 300 + award 200), grid staff 732-1,300
/// (post 532 + performance up to 250 + title up to 300 + award 200, at scores from 80).
/// </summary>
public static class DemoPayScale
{
    public static readonly DateOnly EffectiveFrom = new(2025, 1, 1);

    public static PayScaleTerms Terms { get; } = new()
    {
        GradePay =
        [
            Row(2_888m),
            Row(2_368m),
            Row(1_848m),
        ],
        PostAllowance = new Dictionary<Department, decimal>
        {
            [Department.FrontWindows] = 1_450m,
            [Department.FirstReview] = 1_400m,
            [Department.PolicyAndLaw] = 1_400m,
            [Department.SocialWork] = 1_200m,
            [Department.Grid] = 532m,
            [Department.CentreManagement] = 1_500m,
        },
        TitleAllowance = new Dictionary<ProfessionalTitle, decimal>
        {
            [ProfessionalTitle.None] = 0m,
            [ProfessionalTitle.AssistantSocialWorker] = 100m,
            [ProfessionalTitle.SocialWorker] = 200m,
            [ProfessionalTitle.SeniorSocialWorker] = 300m,
        },
        PerformanceAllowance = new Dictionary<Department, decimal>
        {
            [Department.FrontWindows] = 500m,
            [Department.FirstReview] = 500m,
            [Department.PolicyAndLaw] = 500m,
            [Department.SocialWork] = 400m,
            [Department.Grid] = 250m,
            [Department.CentreManagement] = 500m,
        },
        AwardAmount = new Dictionary<Award, decimal>
        {
            [Award.None] = 0m,
            [Award.ServiceStar] = 200m,
            [Award.BusinessExpert] = 200m,
        },
        Promotion = new PromotionRule { YearsPerGrade = 2, MinimumAverageScore = 80m },
        Weights = new Dictionary<Department, PerformanceWeights>
        {
            [Department.FrontWindows] = new(80m,
            [
                new(WorkMetric.TicketsServed, 0.02m, 8m),
                new(WorkMetric.FilesCompleted, 0.05m, 4m),
                new(WorkMetric.Satisfaction, 10m, 8m),
                new(WorkMetric.Complaints, -3m, 15m),
            ]),
            [Department.FirstReview] = new(80m,
            [
                new(WorkMetric.FilesReviewed, 0.1m, 10m),
                new(WorkMetric.QualityErrors, -4m, 20m),
                new(WorkMetric.DeadlinesMissed, -3m, 15m),
            ]),
            [Department.PolicyAndLaw] = new(80m, [new(WorkMetric.FilesCompleted, 0.1m, 10m)]),
            [Department.SocialWork] = new(80m, [new(WorkMetric.CasesHandled, 1m, 15m)]),
            [Department.Grid] = new(80m,
            [
                new(WorkMetric.DeliveriesConfirmed, 0.2m, 12m),
                new(WorkMetric.DeliveriesFailed, -0.5m, 10m),
            ]),
            [Department.CentreManagement] = PerformanceWeights.Neutral,
        },
        AdjustmentBound = 10m,
    };

    private static IReadOnlyList<decimal> Row(decimal first) => [.. Enumerable.Range(0, Placement.Grades).Select(g => first + (80m * g))];
}
