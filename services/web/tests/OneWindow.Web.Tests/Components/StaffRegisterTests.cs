using System.Security.Claims;
using System.Text.Json;
using Bunit;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>人员名册: masked personal data, the post form against the scale table, and who is offered to change what.</summary>
public sealed class StaffRegisterTests : BunitContext
{
    private readonly AnsweringInvoker _hr = new();

    public StaffRegisterTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new OneWindow.HrPayroll.V1.Staff.StaffClient(_hr));
        Services.AddSingleton(new PayScales.PayScalesClient(_hr));
        Services.AddSingleton(new OneWindow.Identity.V1.Accounts.AccountsClient(_hr));
        Services.AddTransient<PageAction>();
        var staff = new ListStaffReply();
        staff.Staff.Add(new StaffMember
        {
            StaffId = "jiangpu-s036",
            Name = "陆娜",
            Department = Department.SocialWork,
            Roles = { "social-worker" },
            Tier = 2,
            Grade = 10,
            Title = ProfessionalTitle.SocialWorker,
            HiredOn = "2016-04-01",
            IdNumber = "310***********123X",
            BankAccount = "6222********1234",
        });
        _hr.Answer(staff);
        // Grade pay 1000 × tier + grade, so a cell says where it is.
        var rows = Enumerable.Range(1, 3).Select(tier => Enumerable.Range(1, 18).Select(grade => 1000m * tier + grade).ToArray()).ToArray();
        _hr.Answer(new PayScale { Version = 1, EffectiveFrom = "2025-01-01", TermsJson = JsonSerializer.Serialize(new { gradePay = rows }) });
    }

    [Fact]
    public void The_register_shows_id_numbers_and_bank_accounts_masked_as_hr_payroll_gives_them()
    {
        SignIn("jiangpu-s001", "director");

        var page = Render<StaffRegister>();

        page.WaitForAssertion(() => Assert.Equal("310***********123X", page.Find("[data-test=staff-id-number]").TextContent));
        Assert.Equal("6222********1234", page.Find("[data-test=staff-bank-account]").TextContent);
        Assert.Contains("社会工作部", page.Find("[data-test=staff-member]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2岗10级", page.Find("[data-test=staff-member]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_post_marks_the_tier_and_grade_on_the_scale_table_and_says_its_monthly_pay()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<StaffRegister>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=pay-scale-tier]").Count));

        page.Find("[data-test=change-post]").Click();
        page.Find("#post-grade").Change("12");

        var chosen = Assert.Single(page.FindAll("td.pay-scale-chosen"));
        Assert.Equal("2,012", chosen.TextContent);
        Assert.Contains("2岗12级的岗级工资：每月 2,012.00 元", page.Find("[data-test=staff-grade-pay]").TextContent, StringComparison.Ordinal);

        page.Find("[data-test=save-post]").Click();

        page.WaitForAssertion(() => Assert.Contains("jiangpu-s036 的岗位已调整", page.Find("[data-test=staff-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_hr.Sent.OfType<ChangePostRequest>());
        Assert.Equal(("jiangpu-s036", 2, 12, Department.SocialWork, ProfessionalTitle.SocialWorker), (sent.StaffId, sent.Tier, sent.Grade, sent.Department, sent.Title));
        Assert.Equal("social-worker", Assert.Single(sent.Roles));
    }

    [Fact]
    public void A_head_reads_the_register_but_is_offered_neither_hiring_nor_a_change_of_post()
    {
        SignIn("jiangpu-s035", "head", "social-worker");

        var page = Render<StaffRegister>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=staff-member]")));
        Assert.Empty(page.FindAll("[data-test=change-post]"));
        Assert.Empty(page.FindAll("[data-test=staff-form]"));
        Assert.Empty(page.FindAll("td.pay-scale-chosen"));
    }

    [Fact]
    public void The_register_exports_as_the_table_shows_it_with_id_numbers_and_bank_accounts_still_masked()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<StaffRegister>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=staff-member]")));

        page.Find("[data-test=export-excel]").Click();

        page.WaitForAssertion(() => Assert.Single(JSInterop.Handed()));
        var (name, content) = JSInterop.Handed()[0];
        Assert.StartsWith("人员名册-", name, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["工号", "姓名", "部门", "岗位职责", "岗级", "职称", "入职日期", "离职日期", "身份证号", "银行账号"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal("310***********123X", sheet.Cell(2, 9).GetString());
        Assert.Equal("6222********1234", sheet.Cell(2, 10).GetString());
        Assert.Equal(new DateTime(2016, 4, 1), sheet.Cell(2, 7).GetDateTime());
    }

    [Fact]
    public void A_district_hr_administrator_is_offered_no_export_before_naming_a_centre()
    {
        AddAuthorization().SetAuthorized("yangpu-hr").SetRoles("hr-admin").SetClaims(new Claim("sub", "yangpu-hr"));

        var page = Render<StaffRegister>();

        Assert.Single(page.FindAll("[data-test=staff-centre]"));
        Assert.Empty(page.FindAll("[data-test=export-excel]"));
    }

    [Fact]
    public void The_hr_administrator_gives_a_worker_an_activation_code_that_is_shown_once_with_when_it_expires()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<StaffRegister>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=issue-activation]")));
        _hr.Answer(new OneWindow.Identity.V1.ActivationCode { StaffId = "jiangpu-s036", Code = "4821-0937", ExpiresAt = "2026-12-10T09:05:00+08:00" });

        page.Find("[data-test=issue-activation]").Click();

        page.WaitForAssertion(() => Assert.Contains("jiangpu-s036 的激活码：4821-0937，2026年12月10日 09:05 前有效", page.Find("[data-test=activation-code]").TextContent, StringComparison.Ordinal));
        Assert.Equal("jiangpu-s036", Assert.Single(_hr.Sent.OfType<OneWindow.Identity.V1.IssueActivationCodeRequest>()).StaffId);

        page.Find("[data-test=change-post]").Click();

        Assert.Empty(page.FindAll("[data-test=activation-code]"));
    }

    [Fact]
    public void A_director_who_reads_the_register_is_not_offered_activation_codes()
    {
        SignIn("jiangpu-s001", "director");

        var page = Render<StaffRegister>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=staff-member]")));
        Assert.Empty(page.FindAll("[data-test=issue-activation]"));
    }

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
