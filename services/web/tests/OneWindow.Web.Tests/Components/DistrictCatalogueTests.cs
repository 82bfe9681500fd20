using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The district admin's next version of an item: started from the latest, its rule checked as it is typed.</summary>
public sealed class DistrictCatalogueTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();

    public DistrictCatalogueTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new PolicyLaw.V1.Catalogue.CatalogueClient(_policyLaw));
        AddAuthorization().SetAuthorized("yangpu-admin").SetRoles("district-admin");
        var item = new ServiceItem
        {
            Code = "senior-care",
            Name = "高龄营养补贴",
            Category = "养老服务",
            Version = 1,
            EffectiveFrom = "2026-01-01",
            Terms = new ItemTerms
            {
                TimeLimitWorkingDays = 10,
                LegalBasis = "《上海市老年人权益保障条例》",
                FlowSteps = { "受理", "审批" },
                Materials = { new RequiredMaterial { Code = "id-card", Name = "居民身份证", Original = true, Count = 1 } },
                MonthlyAmountRule = "300",
                DirectorConfirmAbove = "1000.00",
            },
            Versions = { new VersionSummary { Version = 1, EffectiveFrom = "2026-01-01", PublishedBy = "yangpu-admin" } },
        };
        _policyLaw.Answer(item);
        _policyLaw.Answer(new ListItemsReply { Items = { item } });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/district/catalogue?item=senior-care");
    }

    [Fact]
    public void A_wrong_rule_is_pointed_at_where_it_goes_wrong_and_cannot_be_published()
    {
        _policyLaw.Answer(new RuleValidation { Valid = false, Fault = RuleFault.DoesNotParse, Position = 7 });
        var page = Render<DistrictCatalogue>();

        page.Find("#eligibility-rule").Input("Age >= && LocalHukou");

        Assert.Contains("第 8 个字符", page.Find("[data-test=rule-error]").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("       ^", page.Find("[data-test=rule-position]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-test=publish]").HasAttribute("disabled"));
        Assert.Equal("Age >= && LocalHukou", Assert.Single(_policyLaw.Sent.OfType<ValidateRuleRequest>()).Rule);
    }

    [Fact]
    public void The_next_version_keeps_what_the_form_does_not_edit_and_carries_the_rule_and_the_added_material()
    {
        _policyLaw.Answer(new RuleValidation { Valid = true, Facts = { "Age", "LocalHukou" } });
        var page = Render<DistrictCatalogue>();

        page.Find("#eligibility-rule").Input("Age >= 80 && LocalHukou");
        Assert.Contains("Age、LocalHukou", page.Find("[data-test=rule-valid]").TextContent, StringComparison.Ordinal);
        page.Find("[data-test=add-material]").Click();
        page.Find("[aria-label='第 2 项材料代码']").Change("hukou-book");
        page.Find("[aria-label='第 2 项材料名称']").Change("户口簿");
        page.Find("form").Submit();

        var sent = Assert.Single(_policyLaw.Sent.OfType<PublishVersionRequest>());
        Assert.Equal("senior-care", sent.Code);
        Assert.Equal("Age >= 80 && LocalHukou", sent.Terms.EligibilityRule);
        Assert.Equal("300", sent.Terms.MonthlyAmountRule);
        Assert.Equal(["id-card", "hukou-book"], sent.Terms.Materials.Select(m => m.Code));
        Assert.Equal(["受理", "审批"], sent.Terms.FlowSteps);
        page.WaitForAssertion(() => Assert.Contains("已发布第 1 版", page.Find("[data-test=publish-done]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_admin_sets_the_amount_above_which_the_director_confirms_and_a_benefit_cannot_skip_approval()
    {
        var page = Render<DistrictCatalogue>();
        Assert.Equal("1000.00", page.Find("#director-confirm-above").GetAttribute("value"));
        Assert.True(page.Find("#needs-approval").HasAttribute("disabled"));

        page.Find("#director-confirm-above").Change("800.00");
        page.Find("form").Submit();

        var sent = Assert.Single(_policyLaw.Sent.OfType<PublishVersionRequest>());
        Assert.Equal(("800.00", true), (sent.Terms.DirectorConfirmAbove, sent.Terms.NeedsApproval));
    }

    [Fact]
    public void A_periodic_items_review_notice_and_grace_are_edited_with_it_and_other_items_are_not_asked()
    {
        var page = Render<DistrictCatalogue>();
        Assert.Empty(page.FindAll("#review-notice"));
        var periodic = new ServiceItem
        {
            Code = "heating-subsidy",
            Name = "困难家庭冬季取暖补贴",
            Category = "社会救助",
            Version = 1,
            EffectiveFrom = "2026-01-01",
            Terms = new ItemTerms
            {
                TimeLimitWorkingDays = 10,
                LegalBasis = "区民政局年度实施通知",
                FlowSteps = { "受理", "审批" },
                RecurrenceMonths = 12,
                ReviewNoticeDays = 30,
                MonthlyAmountRule = "200",
            },
            Versions = { new VersionSummary { Version = 1, EffectiveFrom = "2026-01-01", PublishedBy = "yangpu-admin" } },
        };
        _policyLaw.Answer(periodic);
        _policyLaw.Answer(new ListItemsReply { Items = { periodic } });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/district/catalogue?item=heating-subsidy");
        page = Render<DistrictCatalogue>();

        page.WaitForAssertion(() => Assert.Equal("30", page.Find("#review-notice").GetAttribute("value")));
        page.Find("#review-notice").Change(45);
        page.Find("#review-grace").Change(90);
        page.Find("form").Submit();

        var sent = Assert.Single(_policyLaw.Sent.OfType<PublishVersionRequest>());
        Assert.Equal((12, 45, 90), (sent.Terms.RecurrenceMonths, sent.Terms.ReviewNoticeDays, sent.Terms.ReviewGraceDays));
    }
}
