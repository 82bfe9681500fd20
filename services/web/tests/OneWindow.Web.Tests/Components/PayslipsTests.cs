using System.Security.Claims;
using Bunit;
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
        Assert.Equal(13, payslips[0].QuerySelectorAll("[data-test=payslip-line]").Length);
        Assert.All(["岗级工资", "2168.00", "绩效津贴", "住房公积金", "253.26", "养老保险", "289.44", "医疗保险", "72.36", "失业保险", "18.09"],
            words => Assert.Contains(words, payslips[0].TextContent, StringComparison.Ordinal));
        Assert.Equal("3384.85", payslips[0].QuerySelector("[data-test=payslip-net]")!.TextContent);
        Assert.Contains("多发交通补贴追回", payslips[1].TextContent, StringComparison.Ordinal);
        Assert.IsType<ListMyPayslipsRequest>(Assert.Single(_hr.Sent));
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
        Net = net,
    };
}
