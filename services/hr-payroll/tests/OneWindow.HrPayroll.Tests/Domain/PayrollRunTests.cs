using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Payroll;

namespace OneWindow.HrPayroll.Tests.Domain;

/// <summary>A payroll run's life, and what an adjustment run may correct.</summary>
public sealed class PayrollRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_adjustment_is_refused_for_a_month_with_no_regular_run()
    {
        var refusal = Assert.Throws<DomainException>(() => PayrollRun.PrepareAdjustment(null, "2026-03", "jiangpu-s002", "补发", Now));

        Assert.Equal("month-not-approved", refusal.Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_adjustment_is_refused_while_the_regular_run_is_a_draft_or_only_reviewed(bool reviewed)
    {
        var regular = DraftRuns.Of("2026-03", 2, "jiangpu-s002", Now);
        if (reviewed)
        {
            regular.Review("jiangpu-s005");
        }

        var refusal = Assert.Throws<DomainException>(() => PayrollRun.PrepareAdjustment(regular, "2026-03", "jiangpu-s002", "补发", Now));

        Assert.Equal("month-not-approved", refusal.Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_adjustment_of_an_approved_or_paid_month_is_one_payslip_on_that_month_s_scale(bool paid)
    {
        var regular = DraftRuns.Of("2026-03", 2, "jiangpu-s002", Now);
        regular.Review("jiangpu-s005");
        regular.Approve("jiangpu-s001", Now);
        if (paid)
        {
            regular.MarkPaid(Now);
        }

        var adjustment = PayrollRun.PrepareAdjustment(regular, "2026-03", "jiangpu-s002", "补发", Now);
        adjustment.Add(Payslip.For(adjustment.Id, "jiangpu-s010", "张三", "2026-03", new PayLines { Gross = 120m, Net = 120m }));
        adjustment.FinishComputing();

        Assert.Equal(RunKind.Adjustment, adjustment.Kind);
        Assert.Equal(RunStatus.Draft, adjustment.Status);
        Assert.Equal(120m, adjustment.GrossTotal);
        Assert.Equal(2, adjustment.ScaleVersion);
        Assert.Equal("补发", adjustment.Reason);
    }

    [Fact]
    public void Whoever_prepared_the_run_cannot_approve_it()
    {
        var run = DraftRuns.Of("2026-03", 2, "jiangpu-s002", Now);
        run.Review("jiangpu-s005");

        var refusal = Assert.Throws<DomainException>(() => run.Approve("jiangpu-s002", Now));

        Assert.Equal("separation-of-duties", refusal.Code);
        Assert.Equal(RunStatus.Reviewed, run.Status);
    }

    [Fact]
    public void A_regular_run_is_computed_before_anyone_reviews_it_and_the_month_is_not_prepared_twice_meanwhile()
    {
        var run = PayrollRun.PrepareRegular("2026-03", 2, "jiangpu-s002", headcount: 2, Now);

        Assert.Equal(RunStatus.Computing, run.Status);
        Assert.Equal("run-not-draft", Assert.Throws<DomainException>(() => run.Review("jiangpu-s005")).Code);
        Assert.Equal("run-computing", Assert.Throws<DomainException>(run.EnsureReplaceable).Code);
        run.Add(Payslip.For(run.Id, "jiangpu-s010", "张三", "2026-03", new PayLines { Gross = 5000m, Net = 4200m }));
        Assert.Throws<InvalidOperationException>(run.FinishComputing);
        run.Add(Payslip.For(run.Id, "jiangpu-s011", "李四", "2026-03", new PayLines { Gross = 6000m, Net = 5000m }));
        run.FinishComputing();

        Assert.Equal(RunStatus.Draft, run.Status);
        Assert.Equal((2, 11000m, 9200m), (run.PayslipCount, run.GrossTotal, run.NetTotal));
    }

    [Fact]
    public void A_computation_that_starts_again_counts_its_payslips_from_nothing()
    {
        var run = PayrollRun.PrepareRegular("2026-03", 2, "jiangpu-s002", headcount: 2, Now);
        run.Add(Payslip.For(run.Id, "jiangpu-s010", "张三", "2026-03", new PayLines { Gross = 5000m, Net = 4200m }));

        run.BeginComputing(headcount: 3);

        Assert.Equal((3, 0, 0m, 0m), (run.Headcount, run.PayslipCount, run.GrossTotal, run.NetTotal));
    }

    [Fact]
    public void A_failed_computation_says_why_and_the_month_may_be_prepared_again()
    {
        var run = PayrollRun.PrepareRegular("2026-03", 2, "jiangpu-s002", headcount: 2, Now);

        run.FailComputing("negative-net-pay", "jiangpu-s010's net pay would be -20.00: check the deductions.");

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("negative-net-pay", run.Failure);
        run.EnsureReplaceable();
    }
}
