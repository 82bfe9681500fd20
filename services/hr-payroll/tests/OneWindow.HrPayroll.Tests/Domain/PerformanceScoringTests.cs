using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Seed;

namespace OneWindow.HrPayroll.Tests.Domain;

/// <summary>Scores from fixed work figures with the demo weights; every score shows the data it came from.</summary>
public sealed class PerformanceScoringTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_clerk_scores_on_tickets_satisfaction_and_complaints()
    {
        // 250 tickets × 0.02 = 5; 10 ratings averaging 4.6 → 0.6 × 10 = 6; 1 complaint → −3. 80 + 5 + 6 − 3 = 88.
        var (score, lines) = PerformanceScoring.Score(DemoPayScale.Terms.WeightsOf(Department.FrontWindows),
            [new(WorkMetric.TicketsServed, 250, 0m), new(WorkMetric.Satisfaction, 10, 46m), new(WorkMetric.Complaints, 1, 1m)]);

        Assert.Equal(88m, score);
        Assert.Contains(lines, l => l.Metric == WorkMetric.Satisfaction && l.Value == 0.6m && l.Points == 6m);
        Assert.Contains(lines, l => l.Metric == WorkMetric.FilesCompleted && l.Count == 0 && l.Points == 0m);
    }

    [Fact]
    public void Each_metric_is_capped_and_the_score_stays_within_0_and_100()
    {
        var (high, _) = PerformanceScoring.Score(DemoPayScale.Terms.WeightsOf(Department.FirstReview), [new(WorkMetric.FilesReviewed, 10_000, 0m)]);
        var (low, _) = PerformanceScoring.Score(DemoPayScale.Terms.WeightsOf(Department.FirstReview),
            [new(WorkMetric.QualityErrors, 50, 0m), new(WorkMetric.DeadlinesMissed, 50, 0m)]);

        Assert.Equal(90m, high);
        Assert.Equal(45m, low);
    }

    [Theory]
    [InlineData(10.5, "x", "adjustment-out-of-bound")]
    [InlineData(-11, "x", "adjustment-out-of-bound")]
    [InlineData(5, "", "reason-required")]
    public void A_head_adjustment_beyond_its_bound_or_without_a_reason_is_refused(double points, string reason, string code)
    {
        var evaluation = Evaluation.Start("jiangpu-s004", "2026-03", Department.FrontWindows);
        evaluation.Compute(DemoPayScale.Terms.WeightsOf(Department.FrontWindows), [], Now);

        var refusal = Assert.Throws<DomainException>(() => evaluation.Adjust((decimal)points, reason, 10m, "jiangpu-s003", Now));

        Assert.Equal(code, refusal.Code);
        Assert.Equal(0m, evaluation.Adjustment);
    }

    [Fact]
    public void The_adjustment_survives_a_recomputation_and_a_frozen_month_does_not_change()
    {
        var evaluation = Evaluation.Start("jiangpu-s004", "2026-03", Department.FrontWindows);
        evaluation.Compute(DemoPayScale.Terms.WeightsOf(Department.FrontWindows), [], Now);
        evaluation.Adjust(-2.5m, "窗口纪律", 10m, "jiangpu-s003", Now);
        evaluation.Compute(DemoPayScale.Terms.WeightsOf(Department.FrontWindows), [new(WorkMetric.TicketsServed, 100, 0m)], Now);

        Assert.Equal(79.5m, evaluation.FinalScore);
        evaluation.Freeze();
        Assert.Equal("month-closed", Assert.Throws<DomainException>(() => evaluation.Adjust(1m, "x", 10m, "h", Now)).Code);
    }
}
