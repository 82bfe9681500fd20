using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>我的工资条: a worker's own payslips, every line of each, asked of hr-payroll without naming anyone.</summary>
public sealed class PayslipsTests : BunitContext
{
    private readonly AnsweringInvoker _hr = new();

    public PayslipsTests()
    {
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Payroll.PayrollClient(_hr));
        Services.AddSingleton(new Withholding.WithholdingClient(_hr));
    }

    [Fact]
    public void A_worker_sees_every_line_of_their_payslips_newest_month_first()
    {
        AddAuthorization().SetAuthorized("jiangpu-s004").SetRoles("clerk").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s004"));
        var reply = new ListMyPayslipsReply();
        reply.Payslips.Add(new MyPayslip { RunId = "r2", Month = "2026-11", Kind = "regular", Payslip = Slip("3384.85") });
        reply.Payslips.Add(new MyPayslip { RunId = "r1", Month = "2026-10", Kind = "adjustment", Payslip = new Payslip { StaffId = "jiangpu-s004", Name = "曹军", Gross = "-120.50", Net = "-120.50", Note = "多发交通补贴追回" } });
        _hr.Answer(reply);

        var page = Render<Payslips>();

        var payslips = page.FindAll("[data-test=my-payslip]");
        Assert.Equal(2, payslips.Count);
        Assert.True(payslips[0].HasAttribute("open"));
        Assert.Contains("2026-11 月度工资", payslips[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(14, payslips[0].QuerySelectorAll("[data-test=payslip-line]").Length);
        Assert.All(["岗级工资", "2168.00", "绩效津贴", "住房公积金", "253.26", "养老保险", "289.44", "医疗保险", "72.36", "失业保险", "18.09"],
            words => Assert.Contains(words, payslips[0].TextContent, StringComparison.Ordinal));
        Assert.Equal("3384.85", payslips[0].QuerySelector("[data-test=payslip-net]")!.TextContent);
        Assert.Contains("多发交通补贴追回", payslips[1].TextContent, StringComparison.Ordinal);
        Assert.IsType<ListMyPayslipsRequest>(_hr.Sent[0]);
    }

    [Fact]
    public void Each_line_says_what_it_was_computed_from_the_days_paid_the_base_and_rate_and_the_cumulative_tax()
    {
        AddAuthorization().SetAuthorized("jiangpu-s004").SetRoles("clerk").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s004"));
        var slip = Slip("2177.88");
        slip.Proration = new ProrationBasis { WorkingDays = 22, DaysOnStaff = 22, UnpaidLeaveDays = 3, DaysPaid = 19 };
        slip.ContributionBase = "7384.00";
        slip.Contributions = new ContributionBasis
        {
            BaseFloor = "7384.00", BaseCeiling = "36921.00", PensionRate = "0.08", MedicalRate = "0.02", UnemploymentRate = "0.005", HousingFundRate = "0.07", RulesFrom = "2025-07",
        };
        slip.IncomeTax = "364.20";
        slip.Tax = new TaxBasis
        {
            MonthsEmployed = 3, CumulativeIncome = "56094.00", CumulativeThreshold = "15000.00", CumulativeContributions = "3916.50", CumulativeSpecialDeductions = "0.00",
            CumulativeTaxable = "37177.50", Rate = "0.1", QuickDeduction = "2520.00", CumulativeTax = "1197.75", WithheldBefore = "833.55",
        };
        var reply = new ListMyPayslipsReply();
        reply.Payslips.Add(new MyPayslip { RunId = "r3", Month = "2026-03", Kind = "regular", Payslip = slip });
        _hr.Answer(reply);

        var page = Render<Payslips>();

        var lines = page.FindAll("[data-test=payslip-line]").ToDictionary(l => l.QuerySelector("th")!.TextContent, l => l.QuerySelector("[data-test=payslip-basis]")!.TextContent);
        Assert.Equal("月标准 × 计薪 19 天 ÷ 本月 22 个工作日（在职 22 天，事假 3 天）", lines["岗级工资"]);
        Assert.Equal(lines["岗级工资"], lines["绩效津贴"]);
        Assert.Equal("岗级工资 + 岗位津贴，按本市上下限 7384.00–36921.00 元取值（2025-07 起执行）", lines["缴费基数"]);
        Assert.Equal("缴费基数 7384.00 元 × 8%", lines["养老保险"]);
        Assert.Equal("缴费基数 7384.00 元 × 0.5%", lines["失业保险"]);
        Assert.Equal("缴费基数 7384.00 元 × 7%", lines["住房公积金"]);
        Assert.Equal(
            "累计预扣：累计收入 56094.00 − 累计减除费用 15000.00（3 个月）− 累计专项扣除 3916.50 − 累计专项附加扣除 0.00 = 累计应纳税所得额 37177.50；× 10% − 速算扣除数 2520.00 = 累计应纳税额 1197.75；减本年已预扣 833.55",
            lines["个人所得税"]);
        Assert.Empty(lines["应发合计"]);
        Assert.Contains("364.20", page.Find("[data-test=my-payslip]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worker_reads_their_years_withholding_month_by_month_for_the_year_of_their_newest_payslip()
    {
        AddAuthorization().SetAuthorized("jiangpu-s004").SetRoles("clerk").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s004"));
        var reply = new ListMyPayslipsReply();
        reply.Payslips.Add(new MyPayslip { RunId = "r12", Month = "2026-12", Kind = "regular", Payslip = Slip("2028.30") });
        _hr.Answer(reply);
        var year = new YearWithholding { StaffId = "jiangpu-s004", Year = 2026, Income = "56094.00", Contributions = "3916.50", SpecialDeductions = "0.00", TaxWithheld = "1197.75" };
        year.Months.Add(new MonthWithholding { Month = "2026-11", Income = "15698.00", Contributions = "1305.50", SpecialDeductions = "0.00", TaxWithheld = "833.55" });
        year.Months.Add(new MonthWithholding { Month = "2026-12", Income = "3698.00", Contributions = "1305.50", SpecialDeductions = "0.00", TaxWithheld = "364.20" });
        _hr.Answer(year);

        var page = Render<Payslips>();

        var asked = Assert.IsType<GetYearWithholdingRequest>(_hr.Sent[1]);
        Assert.Equal(("jiangpu-s004", 2026), (asked.StaffId, asked.Year));
        Assert.Contains("2026 年度预扣汇总", page.Find("[data-test=year-withholding]").TextContent, StringComparison.Ordinal);
        var months = page.FindAll("[data-test=year-withholding-month]");
        Assert.Equal(2, months.Count);
        Assert.Contains("833.55", months[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("1197.75", page.Find("[data-test=year-withholding-total]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_summary_is_said_in_chinese_and_the_payslips_still_stand()
    {
        AddAuthorization().SetAuthorized("jiangpu-s004").SetRoles("clerk").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s004"));
        var reply = new ListMyPayslipsReply();
        reply.Payslips.Add(new MyPayslip { RunId = "r12", Month = "2026-12", Kind = "regular", Payslip = Slip("2028.30") });
        _hr.AnswerFrom<GetYearWithholdingRequest, YearWithholding>(_ => throw new Google.Rpc.Status { Code = (int)StatusCode.PermissionDenied, Message = "You may read your own withholding only." }.ToRpcException());
        _hr.Answer(reply);

        var page = Render<Payslips>();

        Assert.Single(page.FindAll("[data-test=my-payslip]"));
        Assert.NotEmpty(page.Find("[data-test=year-withholding-refusal]").TextContent);
        Assert.Empty(page.FindAll("[data-test=year-withholding]"));
    }

    [Fact]
    public void District_staff_are_told_no_centre_pays_them_and_nothing_is_asked()
    {
        AddAuthorization().SetAuthorized("yangpu-hr").SetRoles("hr-admin").SetClaims(new Claim("sub", "yangpu-hr"), new Claim("district", "yangpu"));

        var page = Render<Payslips>();

        page.Find("[data-test=payslips-no-centre]");
        Assert.Empty(_hr.Sent);
    }

    private static Payslip Slip(string net) => new()
    {
        StaffId = "jiangpu-s004",
        Name = "曹军",
        GradePay = "2168.00",
        PostAllowance = "1850.00",
        TitleAllowance = "0.00",
        Score = "80.0",
        PerformancePay = "0.00",
        AwardPay = "0.00",
        Deductions = "0.00",
        Gross = "4018.00",
        ContributionBase = "4018.00",
        HousingFund = "253.26",
        Pension = "289.44",
        Medical = "72.36",
        Unemployment = "18.09",
        IncomeTax = "0.00",
        Net = net,
    };
}
