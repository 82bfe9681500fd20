using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// The lines of a payslip in the order a worker reads them (as the printable payslip has them): what is paid, the
/// total, the base the contributions are computed on, each contribution, the income tax, and what reaches the bank account. The names
/// are the resource names' endings (<c>Payslip_GradePay</c> → 岗级工资).
/// </summary>
public static class PayslipLines
{
    public static readonly IReadOnlyList<(string Name, Func<Payslip, string> Of)> Regular =
    [
        ("GradePay", p => p.GradePay),
        ("PostAllowance", p => p.PostAllowance),
        ("TitleAllowance", p => p.TitleAllowance),
        ("Score", p => p.Score),
        ("PerformancePay", p => p.PerformancePay),
        ("AwardPay", p => p.AwardPay),
        ("Deductions", p => p.Deductions),
        ("Gross", p => p.Gross),
        ("ContributionBase", p => p.ContributionBase),
        ("HousingFund", p => p.HousingFund),
        ("Pension", p => p.Pension),
        ("Medical", p => p.Medical),
        ("Unemployment", p => p.Unemployment),
        ("IncomeTax", p => p.IncomeTax),
        ("Net", p => p.Net),
    ];
}
