using System.Globalization;
using Microsoft.Extensions.Localization;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Resources;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// What a payslip line was computed from, as hr-payroll recorded it with the payslip: the days a monthly amount was
/// prorated by, the base and rate of a contribution, the cumulative figures of the income tax. Null for a line that is
/// a sum, and for payslips computed before the basis was recorded.
/// </summary>
public static class PayslipBasis
{
    public static string? Of(Payslip payslip, string line, IStringLocalizer<ConsoleText> text) => line switch
    {
        "GradePay" or "PostAllowance" or "TitleAllowance" or "PerformancePay" when payslip.Proration is { } days =>
            days.DaysPaid == days.WorkingDays
                ? text["PayslipBasis_WholeMonth", days.WorkingDays]
                : text["PayslipBasis_Prorated", days.DaysPaid, days.WorkingDays, days.DaysOnStaff, days.UnpaidLeaveDays],
        "ContributionBase" when payslip.Contributions is { } c => c.DeclaredBase is { } declared
            ? text["PayslipBasis_DeclaredBase", declared, c.BaseFloor, c.BaseCeiling, c.RulesFrom]
            : text["PayslipBasis_PayBase", c.BaseFloor, c.BaseCeiling, c.RulesFrom],
        "Pension" when payslip.Contributions is { } c => Rate(payslip, c.PensionRate, text),
        "Medical" when payslip.Contributions is { } c => Rate(payslip, c.MedicalRate, text),
        "Unemployment" when payslip.Contributions is { } c => Rate(payslip, c.UnemploymentRate, text),
        "HousingFund" when payslip.Contributions is { } c => Rate(payslip, c.HousingFundRate, text),
        "IncomeTax" when payslip.Tax is { } t => text[
            "PayslipBasis_IncomeTax",
            t.CumulativeIncome, t.CumulativeThreshold, t.MonthsEmployed, t.CumulativeContributions, t.CumulativeSpecialDeductions,
            t.CumulativeTaxable, Percent(t.Rate), t.QuickDeduction, t.CumulativeTax, t.WithheldBefore],
        _ => null,
    };

    private static string Rate(Payslip payslip, string rate, IStringLocalizer<ConsoleText> text) =>
        text["PayslipBasis_Rate", payslip.ContributionBase, Percent(rate)];

    /// <summary>"0.005" as "0.5".</summary>
    private static string Percent(string fraction) =>
        decimal.TryParse(fraction, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? (value * 100m).ToString("0.###", CultureInfo.InvariantCulture)
            : fraction;
}
