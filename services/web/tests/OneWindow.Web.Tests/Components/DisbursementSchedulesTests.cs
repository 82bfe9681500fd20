using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>发放计划 a page at a time: counted in all, the household searched sent to policy-law, a new search from the first page.</summary>
public sealed class DisbursementSchedulesTests : BunitContext
{
    private const string Household = "0193a0b2-0000-7000-8000-0000000000c1";
    private readonly AnsweringInvoker _policyLaw = new();

    public DisbursementSchedulesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Disbursement.DisbursementClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("jiangpu-s031").SetRoles("policy-officer").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s031"));
        _policyLaw.Answer(new ListSchedulesReply
        {
            Schedules = { new Schedule { HouseholdId = Household, ItemCode = "elderly-allowance", FileId = Guid.NewGuid().ToString(), FirstPeriod = "2026-11", MonthlyAmount = "150.00" } },
            NextPageToken = "schedules-2",
            TotalSize = 120,
        });
    }

    [Fact]
    public void The_schedules_are_counted_in_all_and_a_new_search_starts_again_at_the_first_page()
    {
        var page = Render<DisbursementSchedules>();
        page.WaitForAssertion(() => Assert.Contains("共 120 项发放计划", page.Find("[data-test=schedules] caption").TextContent, StringComparison.Ordinal));

        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        page.Find("#schedule-household").Change(Household);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("第 1 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _policyLaw.Sent.OfType<ListSchedulesRequest>().ToList();
        Assert.Equal(["", "schedules-2", ""], asked.Select(r => r.PageToken));
        Assert.Equal([null, null, Household], asked.Select(r => r.HouseholdId));
        Assert.All(asked, r => Assert.Equal(50, r.PageSize));
    }

    [Fact]
    public void An_officer_records_a_payee_and_the_page_shows_it_masked_as_policy_law_gives_it()
    {
        var page = Render<DisbursementSchedules>();
        page.WaitForAssertion(() => Assert.Contains("未登记", page.Find("[data-test=schedule-payee]").TextContent, StringComparison.Ordinal));
        _policyLaw.Answer(new ListSchedulesReply
        {
            Schedules = { new Schedule { HouseholdId = Household, ItemCode = "elderly-allowance", FileId = Guid.NewGuid().ToString(), FirstPeriod = "2026-11", MonthlyAmount = "150.00", PayeeName = "王**", PayeeAccount = "***************0128" } },
            TotalSize = 1,
        });

        page.Find("[data-test=payee-open]").Click();
        page.Find("#payee-name").Input("王秀英");
        page.Find("#payee-account").Input("6222 0212 3456 7890 128");
        page.Find("[data-test=payee-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("收款账户已登记", page.Find("[data-test=schedules-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_policyLaw.Sent.OfType<RecordPayeeRequest>());
        Assert.Equal((Household, "elderly-allowance", "王秀英", "6222 0212 3456 7890 128"), (sent.HouseholdId, sent.ItemCode, sent.PayeeName, sent.Account));
        Assert.Equal("王**　***************0128", page.Find("[data-test=schedule-payee]").FirstChild!.TextContent.Trim());
        Assert.Empty(page.FindAll("[data-test=payee-form]"));
        Assert.DoesNotContain("6222021234567890128", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_failing_its_check_is_refused_in_words_naming_the_field_and_the_form_stays_open()
    {
        var page = Render<DisbursementSchedules>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=payee-open]")));
        page.Find("[data-test=payee-open]").Click();
        page.Find("#payee-name").Input("王秀英");
        page.Find("#payee-account").Input("6222021234567890129");
        _policyLaw.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = "This card number fails its check digit.",
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "account-check-failed", Domain = "onewindow" }),
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest { FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = "account", Description = "check digit" } } }),
            },
        });

        page.Find("[data-test=payee-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("校验位不符", page.Find("[data-test=schedules-refusal]").TextContent, StringComparison.Ordinal));
        Assert.Contains("银行账号", page.Find("[data-test=schedules-refusal]").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-test=payee-form]"));
    }

    [Fact]
    public void A_head_who_is_not_a_policy_officer_sees_payees_masked_and_is_offered_no_form()
    {
        AddAuthorization().SetAuthorized("jiangpu-s035").SetRoles("head").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s035"));

        var page = Render<DisbursementSchedules>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=schedule]")));
        Assert.Empty(page.FindAll("[data-test=payee-open]"));
    }

    [Fact]
    public void Each_schedule_shows_where_its_benefit_stands_and_only_a_suspended_one_can_be_reinstated()
    {
        _policyLaw.Answer(new ListSchedulesReply
        {
            Schedules =
            {
                Lapsing("elderly-allowance", "active"),
                Lapsing("heating-subsidy", "active", reviewDueOn: "2027-01-15"),
                Lapsing("rent-subsidy", "suspended", statusSince: "2026-12-01"),
                Lapsing("education-assistance", "ended", statusSince: "2027-01-30"),
            },
            TotalSize = 4,
        });

        var page = Render<DisbursementSchedules>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-test=schedule-status]").Count));
        var statuses = page.FindAll("[data-test=schedule-status]").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.StartsWith("正常", statuses[0], StringComparison.Ordinal);
        Assert.StartsWith("待复核（2027-01-15到期）", statuses[1], StringComparison.Ordinal);
        Assert.StartsWith("已暂停（2026-12-01起", statuses[2], StringComparison.Ordinal);
        Assert.StartsWith("已终止（2027-01-30", statuses[3], StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-test=reinstate-open]"));
        Assert.Contains("恢复发放", page.FindAll("[data-test=schedule-status]")[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_officer_reinstates_a_suspended_benefit_with_a_reason_and_the_page_shows_it_paid_again()
    {
        _policyLaw.Answer(new ListSchedulesReply { Schedules = { Lapsing("heating-subsidy", "suspended", statusSince: "2026-12-01") }, TotalSize = 1 });
        var page = Render<DisbursementSchedules>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=reinstate-open]")));
        _policyLaw.Answer(Lapsing("heating-subsidy", "active", statusSince: "2026-12-07"));
        _policyLaw.Answer(new ListSchedulesReply { Schedules = { Lapsing("heating-subsidy", "active", statusSince: "2026-12-07") }, TotalSize = 1 });

        page.Find("[data-test=reinstate-open]").Click();
        Assert.True(page.Find("[data-test=reinstate-save]").HasAttribute("disabled"));
        page.Find("#reinstate-reason").Input("已线下复核");
        page.Find("[data-test=reinstate-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("已恢复发放", page.Find("[data-test=schedules-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_policyLaw.Sent.OfType<ReinstateBenefitRequest>());
        Assert.Equal((Household, "heating-subsidy", "已线下复核"), (sent.HouseholdId, sent.ItemCode, sent.Reason));
        Assert.StartsWith("正常", page.Find("[data-test=schedule-status]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-test=reinstate-form]"));
    }

    [Fact]
    public void A_benefit_that_can_no_longer_be_reinstated_is_refused_in_words_and_the_form_stays_open()
    {
        _policyLaw.Answer(new ListSchedulesReply { Schedules = { Lapsing("heating-subsidy", "suspended", statusSince: "2026-12-01") }, TotalSize = 1 });
        var page = Render<DisbursementSchedules>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=reinstate-open]")));
        page.Find("[data-test=reinstate-open]").Click();
        page.Find("#reinstate-reason").Input("已线下复核");
        _policyLaw.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.FailedPrecondition,
            Message = "Only a suspended benefit is reinstated.",
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "not-suspended", Domain = "onewindow" }) },
        });

        page.Find("[data-test=reinstate-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("未处于暂停状态", page.Find("[data-test=schedules-refusal]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-test=reinstate-form]"));
    }

    private static Schedule Lapsing(string item, string status, string? reviewDueOn = null, string? statusSince = null) => new()
    {
        HouseholdId = Household,
        ItemCode = item,
        FileId = Guid.NewGuid().ToString(),
        FirstPeriod = "2026-01",
        MonthlyAmount = "200.00",
        Status = status,
        ReviewDueOn = reviewDueOn,
        StatusSince = statusSince,
    };
}
