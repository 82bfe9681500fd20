using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>个税与社保申报: HR records a worker's base and special deductions, and reads a worker's year as withheld.</summary>
public sealed class HrWithholdingTests : BunitContext
{
    private readonly AnsweringInvoker _hr = new();

    public HrWithholdingTests()
    {
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new Withholding.WithholdingClient(_hr));
    }

    [Fact]
    public void The_hr_administrator_records_a_workers_base_and_special_deductions_from_a_month()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _hr.Answer(new WithholdingDeclaration { StaffId = "jiangpu-s004", Month = "2026-10", ContributionBase = "8000.00", MonthlySpecialDeductions = "3000.00", DeclaredBy = "jiangpu-s002" });
        var page = Render<HrWithholding>();

        page.Find("[data-test=withholding-staff]").Change("jiangpu-s004");
        page.Find("[data-test=withholding-month]").Change("2026-10");
        page.Find("[data-test=withholding-base]").Change("8000.00");
        page.Find("[data-test=deduction-ChildrenEducation]").Change("2000.00");
        page.Find("[data-test=deduction-ElderlySupport]").Change("1000.00");
        page.Find("[data-test=declare]").Click();

        var sent = Assert.IsType<DeclareWithholdingRequest>(Assert.Single(_hr.Sent));
        Assert.Equal(("jiangpu-s004", "2026-10", "8000.00"), (sent.StaffId, sent.Month, sent.ContributionBase));
        Assert.Equal(("2000.00", "1000.00", ""), (sent.SpecialDeductions.ChildrenEducation, sent.SpecialDeductions.ElderlySupport, sent.SpecialDeductions.HousingRent));
        Assert.Equal("已记录 jiangpu-s004 自 2026-10 起的申报：每月专项附加扣除 3000.00 元，缴费基数 8000.00。", page.Find("[data-test=withholding-done]").TextContent);
    }

    [Fact]
    public void A_negative_deduction_is_refused_in_chinese_naming_the_deduction()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _hr.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = "childrenEducation is a monthly amount in yuan, zero or more.",
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "invalid-special-deduction", Domain = "onewindow" }),
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest { FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = "specialDeductions.childrenEducation", Description = "negative" } } }),
            },
        });
        var page = Render<HrWithholding>();

        page.Find("[data-test=withholding-staff]").Change("jiangpu-s004");
        page.Find("[data-test=withholding-month]").Change("2026-10");
        page.Find("[data-test=deduction-ChildrenEducation]").Change("-2000.00");
        page.Find("[data-test=declare]").Click();

        Assert.Equal("专项附加扣除须为不小于 0 的金额（最多两位小数）。（请检查：子女教育）", page.Find("[data-test=withholding-refusal]").TextContent);
        Assert.Empty(page.FindAll("[data-test=withholding-done]"));
    }

    [Fact]
    public void The_director_reads_a_workers_year_and_is_offered_no_declaration()
    {
        SignIn("jiangpu-s001", "director");
        var year = new YearWithholding { StaffId = "jiangpu-s004", Year = 2026, Income = "3698.00", Contributions = "1305.50", SpecialDeductions = "0.00", TaxWithheld = "0.00" };
        year.Months.Add(new MonthWithholding { Month = "2026-10", Income = "3698.00", Contributions = "1305.50", SpecialDeductions = "0.00", TaxWithheld = "0.00" });
        _hr.Answer(year);
        var page = Render<HrWithholding>();

        page.Find("[data-test=withholding-staff]").Change("jiangpu-s004");
        page.Find("[data-test=withholding-year-input]").Change("2026");
        page.Find("[data-test=read-year]").Click();

        Assert.Empty(page.FindAll("[data-test=withholding-form]"));
        var asked = Assert.IsType<GetYearWithholdingRequest>(Assert.Single(_hr.Sent));
        Assert.Equal(("jiangpu-s004", 2026), (asked.StaffId, asked.Year));
        Assert.Contains("1305.50", Assert.Single(page.FindAll("[data-test=year-withholding-month]")).TextContent, StringComparison.Ordinal);
    }

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
