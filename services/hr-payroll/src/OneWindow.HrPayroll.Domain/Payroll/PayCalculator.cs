using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// Pay for one month, as a payroll office computes it. The rounding rule (documented in the README): every line that
/// comes from a rate, a score or a proration is rounded to the fen on its own, half away from zero (四舍五入); gross,
/// withholdings and net are sums and differences of rounded lines, so a payslip always adds up exactly.
/// <list type="bullet">
/// <item>grade pay, post, title and performance pay (allowance × final score ÷ 100) are each prorated by <see cref="Proration"/>;</item>
/// <item>gross = those four + confirmed award − deductions;</item>
/// <item>contribution base = HR's declared base, else grade pay + post allowance, within the month's floor and ceiling;
/// each contribution = base × its rate, for the whole month whatever the days (the office enrols a worker for the month);</item>
/// <item>income tax by the cumulative method: (income − threshold × months employed − contributions − special deductions,
/// all cumulative this year, never below 0) × rate − quick deduction, less the tax withheld before this month, never below 0;</item>
/// <item>net = gross − contributions − income tax, refused when negative.</item>
/// </list>
/// </summary>
public static class PayCalculator
{
    public static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static PayLines Compute(StaffMember worker, PayScaleTerms terms, Evaluation? evaluation, PayMonth month)
    {
        var days = month.Proration;
        var fullGradePay = terms.GradePayOf(worker.Tier, worker.Grade);
        var fullPost = terms.PostAllowance.GetValueOrDefault(worker.Department);
        var score = evaluation?.FinalScore ?? terms.WeightsOf(worker.Department).BaseScore;
        var award = evaluation is { AwardConfirmed: true } ? terms.AwardAmount.GetValueOrDefault(evaluation.Award) : 0m;
        var deductions = evaluation?.Deduction ?? 0m;
        var lines = new PayLines
        {
            GradePay = days.Apply(fullGradePay),
            PostAllowance = days.Apply(fullPost),
            TitleAllowance = days.Apply(terms.TitleAllowance.GetValueOrDefault(worker.Title)),
            PerformancePay = days.Apply(terms.PerformanceAllowance.GetValueOrDefault(worker.Department) * score / 100m),
            AwardPay = award,
            Deductions = deductions,
            Score = score,
            Proration = days,
        };
        lines = lines with { Gross = lines.GradePay + lines.PostAllowance + lines.TitleAllowance + lines.PerformancePay + award - deductions };
        lines = WithContributions(lines, month, fullGradePay + fullPost);
        lines = WithIncomeTax(lines, worker, month);
        lines = lines with { Net = lines.Gross - lines.Withheld };
        if (lines.Net < 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "negative-net-pay", $"{worker.StaffId}'s net pay would be {lines.Net:0.00}: check the deductions.", "staffId");
        }

        return lines;
    }

    /// <summary>A base from pay is clamped: it is not declared, and the office takes the nearest limit. A declared base lay within the limits when declared; a later year's limits clamp it too.</summary>
    private static PayLines WithContributions(PayLines lines, PayMonth month, decimal monthlyPay)
    {
        var rates = month.Rules.Rules.Contributions;
        var contributionBase = rates.Clamp(month.DeclaredBase ?? monthlyPay);
        return lines with
        {
            ContributionBase = contributionBase,
            Pension = Fen(contributionBase * rates.PensionRate),
            Medical = Fen(contributionBase * rates.MedicalRate),
            Unemployment = Fen(contributionBase * rates.UnemploymentRate),
            HousingFund = Fen(contributionBase * rates.HousingFundRate),
            ContributionBasis = new ContributionBasis
            {
                DeclaredBase = month.DeclaredBase,
                BaseFloor = rates.BaseFloor,
                BaseCeiling = rates.BaseCeiling,
                PensionRate = rates.PensionRate,
                MedicalRate = rates.MedicalRate,
                UnemploymentRate = rates.UnemploymentRate,
                HousingFundRate = rates.HousingFundRate,
                RulesFrom = month.Rules.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    private static PayLines WithIncomeTax(PayLines lines, StaffMember worker, PayMonth month)
    {
        var table = month.Rules.Rules.IncomeTax;
        var monthsEmployed = PayMonth.MonthsEmployed(worker.HiredOn, month.FirstDay);
        var income = month.YearToDate.Income + lines.Gross;
        var threshold = table.MonthlyThreshold * monthsEmployed;
        var contributions = month.YearToDate.Contributions + lines.Contributions;
        var taxable = Math.Max(0m, income - threshold - contributions - month.CumulativeSpecialDeductions);
        var bracket = table.BracketOf(taxable);
        var cumulativeTax = Math.Max(0m, Fen(taxable * bracket.Rate) - bracket.QuickDeduction);
        return lines with
        {
            IncomeTax = Math.Max(0m, cumulativeTax - month.YearToDate.TaxWithheld),
            TaxBasis = new TaxBasis
            {
                MonthsEmployed = monthsEmployed,
                CumulativeIncome = income,
                CumulativeThreshold = threshold,
                CumulativeContributions = contributions,
                SpecialDeductions = month.SpecialDeductions,
                CumulativeSpecialDeductions = month.CumulativeSpecialDeductions,
                CumulativeTaxable = taxable,
                Rate = bracket.Rate,
                QuickDeduction = bracket.QuickDeduction,
                CumulativeTax = cumulativeTax,
                WithheldBefore = month.YearToDate.TaxWithheld,
            },
        };
    }
}
