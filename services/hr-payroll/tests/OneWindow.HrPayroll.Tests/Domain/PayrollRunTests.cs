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
        var regular = PayrollRun.Prepare("2026-03", RunKind.Regular, 2, "jiangpu-s002", null, Now);
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
    public void An_adjustment_of_an_approved_or_paid_month_is_a_draft_on_that_month_s_scale(bool paid)
    {
        var regular = PayrollRun.Prepare("2026-03", RunKind.Regular, 2, "jiangpu-s002", null, Now);
        regular.Review("jiangpu-s005");
        regular.Approve("jiangpu-s001", Now);
        if (paid)
        {
            regular.MarkPaid(Now);
        }

        var adjustment = PayrollRun.PrepareAdjustment(regular, "2026-03", "jiangpu-s002", "补发", Now);

        Assert.Equal(RunKind.Adjustment, adjustment.Kind);
        Assert.Equal(RunStatus.Draft, adjustment.Status);
        Assert.Equal(2, adjustment.ScaleVersion);
        Assert.Equal("补发", adjustment.Reason);
    }

    [Fact]
    public void Whoever_prepared_the_run_cannot_approve_it()
    {
        var run = PayrollRun.Prepare("2026-03", RunKind.Regular, 2, "jiangpu-s002", null, Now);
        run.Review("jiangpu-s005");

        var refusal = Assert.Throws<DomainException>(() => run.Approve("jiangpu-s002", Now));

        Assert.Equal("separation-of-duties", refusal.Code);
        Assert.Equal(RunStatus.Reviewed, run.Status);
    }
}
