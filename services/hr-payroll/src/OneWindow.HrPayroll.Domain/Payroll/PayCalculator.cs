using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// Pay for one month. The rounding rule (documented in the README): every line that comes from a rate or a
/// score is rounded to the fen on its own, half away from zero (四舍五入); gross, withholdings and net are
/// sums and differences of rounded lines, so a payslip always adds up exactly.
/// <list type="bullet">
/// <item>performance pay = performance allowance × final score ÷ 100;</item>
/// <item>gross = grade pay + post allowance + title allowance + performance pay + confirmed award − deductions;</item>
/// <item>contribution base = grade pay + post allowance, clamped to the scale's floor and ceiling;</item>
/// <item>each withholding = base × its rate; net = gross − withholdings, refused when negative.</item>
/// </list>
/// </summary>
public static class PayCalculator
{
    public static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static PayLines Compute(StaffMember worker, PayScaleTerms terms, Evaluation? evaluation)
    {
        var gradePay = terms.GradePayOf(worker.Tier, worker.Grade);
        var post = terms.PostAllowance.GetValueOrDefault(worker.Department);
        var title = terms.TitleAllowance.GetValueOrDefault(worker.Title);
        var score = evaluation?.FinalScore ?? terms.WeightsOf(worker.Department).BaseScore;
        var performance = Fen(terms.PerformanceAllowance.GetValueOrDefault(worker.Department) * score / 100m);
        var award = evaluation is { AwardConfirmed: true } ? terms.AwardAmount.GetValueOrDefault(evaluation.Award) : 0m;
        var deductions = evaluation?.Deduction ?? 0m;
        var gross = gradePay + post + title + performance + award - deductions;
        var rates = terms.Withholdings;
        var contributionBase = Math.Clamp(gradePay + post, rates.ContributionBaseMin, rates.ContributionBaseMax);
        var lines = new PayLines
        {
            GradePay = gradePay,
            PostAllowance = post,
            TitleAllowance = title,
            PerformancePay = performance,
            AwardPay = award,
            Deductions = deductions,
            Gross = gross,
            ContributionBase = contributionBase,
            HousingFund = Fen(contributionBase * rates.HousingFundRate),
            Pension = Fen(contributionBase * rates.PensionRate),
            Medical = Fen(contributionBase * rates.MedicalRate),
            Unemployment = Fen(contributionBase * rates.UnemploymentRate),
            Score = score,
        };
        lines = lines with { Net = gross - lines.Withheld };
        if (lines.Net < 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "negative-net-pay", $"{worker.StaffId}'s net pay would be {lines.Net:0.00}: check the deductions.", "staffId");
        }

        return lines;
    }
}
