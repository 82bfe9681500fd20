using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Domain.Withholding;
using OneWindow.HrPayroll.Seed;

namespace OneWindow.HrPayroll.Tests.Domain;

/// <summary>
/// Payslips computed by hand from the demo scale, including the rounding rule (each rated line to the fen, half away from
/// zero), for a whole March of a worker hired years ago, under rules whose base floor is 2,690: no income tax, as three
/// months' threshold (15,000) is above every March here.
/// </summary>
public sealed class PayCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly PayMonth March = new()
    {
        FirstDay = new DateOnly(2026, 3, 1),
        Rules = WithholdingRulesVersion.Load([], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), DemoWithholdingRules.Years[^1].Rules with
        {
            Contributions = DemoWithholdingRules.Years[^1].Rules.Contributions with { BaseFloor = 2_690m, BaseCeiling = 36_921m },
        }, "test", Now),
        Proration = new Proration(22, 22, 0),
    };

    [Theory]
    // department, tier, grade, title, score, grade pay, post, title, performance, gross, housing fund, pension, medical, unemployment, net
    [InlineData(Department.FrontWindows, 3, 1, ProfessionalTitle.None, null, "1848.00", "1450", "0", "400.00", "3698.00", "230.86", "263.84", "65.96", "16.49", "3120.85")]
    [InlineData(Department.FrontWindows, 3, 18, ProfessionalTitle.None, 100.0, "3208.00", "1450", "0", "500.00", "5158.00", "326.06", "372.64", "93.16", "23.29", "4342.85")]
    [InlineData(Department.Grid, 3, 2, ProfessionalTitle.None, 87.3, "1928.00", "532", "0", "218.25", "2678.25", "188.30", "215.20", "53.80", "13.45", "2207.50")]
    [InlineData(Department.SocialWork, 1, 18, ProfessionalTitle.SeniorSocialWorker, 91.7, "4248.00", "1200", "300", "366.80", "6114.80", "381.36", "435.84", "108.96", "27.24", "5161.40")]
    public void A_payslip_matches_the_hand_computed_figures(
        Department department, int tier, int grade, ProfessionalTitle title, double? score,
        string gradePay, string post, string titleAllowance, string performance, string gross, string housing, string pension, string medical, string unemployment, string net)
    {
        var worker = Worker(department, tier, grade, title);
        var evaluation = score is null ? null : Scored(worker, (decimal)score.Value);

        var lines = PayCalculator.Compute(worker, DemoPayScale.Terms, evaluation, March);

        Assert.Equal(decimal.Parse(gradePay), lines.GradePay);
        Assert.Equal(decimal.Parse(post), lines.PostAllowance);
        Assert.Equal(decimal.Parse(titleAllowance), lines.TitleAllowance);
        Assert.Equal(decimal.Parse(performance), lines.PerformancePay);
        Assert.Equal(decimal.Parse(gross), lines.Gross);
        Assert.Equal(decimal.Parse(housing), lines.HousingFund);
        Assert.Equal(decimal.Parse(pension), lines.Pension);
        Assert.Equal(decimal.Parse(medical), lines.Medical);
        Assert.Equal(decimal.Parse(unemployment), lines.Unemployment);
        Assert.Equal(decimal.Parse(net), lines.Net);
        Assert.Equal(lines.Gross - lines.HousingFund - lines.Pension - lines.Medical - lines.Unemployment, lines.Net);
    }

    [Fact]
    public void Half_a_fen_rounds_away_from_zero_not_to_even()
    {
        // Base 1,847 + 1,450 = 3,297: unemployment 0.5 % is 16.485, which is 16.49 (banker's rounding would give 16.48).
        var terms = DemoPayScale.Terms with { GradePay = [.. DemoPayScale.Terms.GradePay.Select(row => (IReadOnlyList<decimal>)[.. row.Select(a => a - 1m)])] };

        var lines = PayCalculator.Compute(Worker(Department.FrontWindows, 3, 1, ProfessionalTitle.None), terms, null, March);

        Assert.Equal(3297m, lines.ContributionBase);
        Assert.Equal(16.49m, lines.Unemployment);
        Assert.Equal(230.79m, lines.HousingFund);
    }

    [Fact]
    public void The_contribution_base_never_falls_below_the_floor()
    {
        var lines = PayCalculator.Compute(Worker(Department.Grid, 3, 1, ProfessionalTitle.None), DemoPayScale.Terms, null, March);

        Assert.Equal(2_690m, lines.ContributionBase);
        Assert.Equal(188.30m, lines.HousingFund);
    }

    [Fact]
    public void A_confirmed_award_is_paid_and_deductions_are_taken()
    {
        var worker = Worker(Department.FrontWindows, 3, 1, ProfessionalTitle.None);
        var evaluation = Scored(worker, 80m);
        evaluation.Propose(Award.ServiceStar);
        evaluation.ConfirmAward("jiangpu-s001");
        evaluation.RecordDeduction(50m, "迟到两次");

        var lines = PayCalculator.Compute(worker, DemoPayScale.Terms, evaluation, March);

        Assert.Equal(200m, lines.AwardPay);
        Assert.Equal(50m, lines.Deductions);
        Assert.Equal(3698m + 200m - 50m, lines.Gross);
    }

    [Fact]
    public void A_negative_net_pay_is_refused()
    {
        var worker = Worker(Department.FrontWindows, 3, 1, ProfessionalTitle.None);
        var evaluation = Scored(worker, 80m);
        evaluation.RecordDeduction(3_500m, "重大差错赔偿");

        var refusal = Assert.Throws<DomainException>(() => PayCalculator.Compute(worker, DemoPayScale.Terms, evaluation, March));

        Assert.Equal("negative-net-pay", refusal.Code);
    }

    [Fact]
    public void Window_allowances_lie_within_the_seed_range_and_grid_allowances_too()
    {
        foreach (var (department, low, high) in new[] { (Department.FrontWindows, 1_850m, 2_568m), (Department.Grid, 732m, 1_300m) })
        {
            foreach (var score in new[] { 80m, 100m })
            {
                foreach (var title in Enum.GetValues<ProfessionalTitle>())
                {
                    var worker = Worker(department, 3, 1, title);
                    var evaluation = Scored(worker, score);
                    var lines = PayCalculator.Compute(worker, DemoPayScale.Terms, evaluation, March);
                    var allowances = lines.PostAllowance + lines.TitleAllowance + lines.PerformancePay + DemoPayScale.Terms.AwardAmount[Award.ServiceStar];
                    Assert.InRange(lines.PostAllowance + lines.TitleAllowance + lines.PerformancePay, low, high);
                    Assert.InRange(allowances, low, high);
                }
            }
        }
    }

    [Fact]
    public void Grade_pay_runs_from_1848_to_4248()
    {
        Assert.Equal(1_848m, DemoPayScale.Terms.GradePayOf(PostTier.Three, 1));
        Assert.Equal(4_248m, DemoPayScale.Terms.GradePayOf(PostTier.One, 18));
    }

    [Theory]
    [InlineData(0, 5, "tier")]
    [InlineData(4, 5, "tier")]
    [InlineData(2, 0, "grade")]
    [InlineData(2, 19, "grade")]
    public void A_placement_outside_three_tiers_and_eighteen_grades_is_refused(int tier, int grade, string field)
    {
        var refusal = Assert.Throws<DomainException>(() => new Placement(tier, grade));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public void An_approved_run_cannot_change_and_its_preparer_can_neither_review_nor_approve_it()
    {
        var run = DraftRuns.Of("2026-03", 1, "jiangpu-s002", Now);
        Assert.Equal("separation-of-duties", Assert.Throws<DomainException>(() => run.Review("jiangpu-s002")).Code);
        Assert.Equal(RunStatus.Draft, run.Status);
        run.Review("yangpu-hr");

        Assert.Equal("separation-of-duties", Assert.Throws<DomainException>(() => run.Approve("jiangpu-s002", Now)).Code);
        run.Approve("jiangpu-s001", Now);
        Assert.Equal("run-immutable", Assert.Throws<DomainException>(() => run.Add(Payslip.For(run.Id, "x", "x", "2026-03", new PayLines()))).Code);
        Assert.Equal("month-already-approved", Assert.Throws<DomainException>(run.EnsureReplaceable).Code);
    }

    [Fact]
    public void A_new_scale_version_must_start_after_the_latest()
    {
        var first = PayScaleVersion.Publish([], DemoPayScale.Terms, new DateOnly(2025, 1, 1), "yangpu-hr", Now);

        var refusal = Assert.Throws<DomainException>(() => PayScaleVersion.Publish([first], DemoPayScale.Terms, new DateOnly(2025, 1, 1), "yangpu-hr", Now));
        var raise = PayScaleVersion.Publish([first], DemoPayScale.Terms, new DateOnly(2026, 7, 1), "yangpu-hr", Now);

        Assert.Equal("scale-versions-overlap", refusal.Code);
        Assert.Equal(2, raise.Version);
        Assert.Same(first, PayScaleVersion.InForce([first, raise], new DateOnly(2026, 6, 30)));
        Assert.Same(raise, PayScaleVersion.InForce([first, raise], new DateOnly(2026, 7, 1)));
    }

    [Theory]
    // current grade, hired on, as of, average score, next grade
    [InlineData(3, "2015-06-01", "2026-06-01", 85.0, 4)]
    [InlineData(3, "2015-06-01", "2026-06-01", 79.9, 3)]
    [InlineData(3, "2015-06-01", "2026-06-01", null, 3)]
    [InlineData(6, "2015-06-01", "2026-06-01", 95.0, 6)]
    [InlineData(6, "2015-06-01", "2027-05-31", 95.0, 6)]
    [InlineData(6, "2015-06-01", "2027-06-01", 95.0, 7)]
    [InlineData(6, "2016-02-29", "2028-02-28", 95.0, 6)]
    [InlineData(6, "2016-02-29", "2028-02-29", 95.0, 7)]
    [InlineData(18, "1990-01-01", "2026-06-01", 99.0, 18)]
    public void Promotion_steps_one_grade_when_years_and_evaluations_earn_it(int current, string hiredOn, string asOf, double? average, int expected)
    {
        var rule = DemoPayScale.Terms.Promotion;

        Assert.Equal(expected, rule.NextGrade(current, DateOnly.Parse(hiredOn), DateOnly.Parse(asOf), average is null ? null : (decimal)average.Value));
    }

    internal static StaffMember Worker(Department department, int tier, int grade, ProfessionalTitle title) =>
        StaffMember.Hire("test-worker", "测试", department, [department == Department.Grid ? "grid-manager" : "clerk"], "G1", true,
            new Placement(tier, grade), title, new DateOnly(2020, 1, 1), "pd1.x.y", "index", "pd1.x.z", Now);

    private static Evaluation Scored(StaffMember worker, decimal score)
    {
        var evaluation = Evaluation.Start(worker.StaffId, "2026-03", worker.Department);
        evaluation.Compute(new PerformanceWeights(score, []), [], Now);
        return evaluation;
    }
}
