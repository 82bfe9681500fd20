using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The public guides as a centre shows them: found by the words a resident types, with the centre's note, printable.</summary>
public sealed class GuidesTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();
    private readonly BunitAuthorizationContext _signIn;

    public GuidesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        _signIn = AddAuthorization();
    }

    [Fact]
    public void A_signed_in_clerk_reads_the_guides_of_their_own_centre_without_naming_it()
    {
        _signIn.SetAuthorized("jiangpu-s004").SetRoles("clerk").SetClaims(new Claim("tenant", "jiangpu"));
        _policyLaw.Answer(new ListGuidesReply());

        Render<Guides>();

        Assert.Equal("jiangpu", Assert.Single(_policyLaw.Sent.OfType<ListGuidesRequest>()).Centre);
    }

    [Fact]
    public void A_resident_without_a_centre_reads_the_district_guides()
    {
        _policyLaw.Answer(new ListGuidesReply());

        Render<Guides>();

        Assert.Equal(string.Empty, Assert.Single(_policyLaw.Sent.OfType<ListGuidesRequest>()).Centre);
    }

    [Fact]
    public void A_search_asks_policy_law_for_the_words_and_shows_what_it_found_in_its_order_named_first()
    {
        _policyLaw.Answer(new ListGuidesReply { Guides = { Guide("elderly-allowance", "高龄老人营养补贴", "养老服务"), Guide("meal-service", "老年助餐服务申请", "养老服务"), Guide("dibao", "最低生活保障申请", "社会救助") } });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/guides?q=%E8%80%81%E4%BA%BA&centre=jiangpu");

        var page = Render<Guides>();

        var asked = Assert.Single(_policyLaw.Sent.OfType<ListGuidesRequest>());
        Assert.Equal(("老人", "jiangpu"), (asked.Query, asked.Centre));
        Assert.Contains("“老人”：找到 3 个事项", page.Find("[data-test=guides-found]").TextContent, StringComparison.Ordinal);
        var found = page.FindAll("[data-test=guide] a");
        Assert.Equal(["高龄老人营养补贴", "老年助餐服务申请", "最低生活保障申请"], found.Select(a => a.TextContent));
        Assert.Equal("/guides/elderly-allowance?centre=jiangpu", found[0].GetAttribute("href"));
        Assert.Equal("jiangpu", page.Find("input[name=centre]").GetAttribute("value"));
    }

    [Fact]
    public void A_search_that_finds_nothing_says_so_with_words_to_try()
    {
        _policyLaw.Answer(new ListGuidesReply());
        Services.GetRequiredService<NavigationManager>().NavigateTo("/guides?q=%E5%AE%A0%E7%89%A9");

        var page = Render<Guides>();

        Assert.Contains("没有找到含“宠物”的事项", page.Find("[data-test=guides-none]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_centres_list_shows_its_note_under_the_item()
    {
        var noted = Guide("elderly-allowance", "高龄老人营养补贴", "养老服务");
        noted.LocalNote = "二楼 3 号窗口，周三下午专窗";
        _policyLaw.Answer(new ListGuidesReply { Guides = { noted } });

        var page = Render<Guides>();

        Assert.Equal("本中心提示：二楼 3 号窗口，周三下午专窗", page.Find("[data-test=guide-note]").TextContent);
    }

    [Fact]
    public void A_centres_guide_shows_its_note_the_copies_of_each_material_and_prints_through_the_gateway_with_the_centre()
    {
        var guide = Guide("elderly-allowance", "高龄老人营养补贴", "养老服务");
        guide.Centre = "jiangpu";
        guide.LocalNote = "二楼 3 号窗口，周三下午专窗";
        guide.PrintableUrl = "/api/policy-law/v1/guides/elderly-allowance/print?centre=jiangpu";
        _policyLaw.Answer(guide);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/guides/elderly-allowance?centre=jiangpu");

        var page = Render<Guide>(parameters => parameters.Add(p => p.Code, "elderly-allowance"));

        Assert.Equal(("elderly-allowance", "jiangpu"), (Assert.Single(_policyLaw.Sent.OfType<GetGuideRequest>()) is var asked ? (asked.Code, asked.Centre) : default));
        Assert.Equal("本中心提示：二楼 3 号窗口，周三下午专窗", page.Find("[data-test=guide-note]").TextContent);
        Assert.Contains("身份证（原件1份）", page.Find("#materials + ol").TextContent.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("（适用：委托他人代办的）", page.Find("#materials + ol").TextContent, StringComparison.Ordinal);
        Assert.Equal("/api/policy-law/v1/guides/elderly-allowance/print?centre=jiangpu", page.Find("[data-test=guide-print]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-test=guide-not-offered]"));
    }

    [Fact]
    public void An_item_the_centre_does_not_take_says_so_and_where_to_go_and_still_lists_what_to_bring()
    {
        var guide = Guide("veteran-registration", "退役军人信息采集", "退役军人");
        guide.Centre = "jiangpu";
        guide.NotOffered = true;
        _policyLaw.Answer(guide);

        var page = Render<Guide>(parameters => parameters.Add(p => p.Code, "veteran-registration"));

        var notice = page.Find("[data-test=guide-not-offered]").TextContent;
        Assert.Contains("本中心暂不受理此事项。", notice, StringComparison.Ordinal);
        Assert.Contains("请到本区其他街道社区事务受理服务中心办理。", notice, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("#materials + ol li"));
    }

    private static ServiceGuide Guide(string code, string name, string category) => new()
    {
        Code = code,
        Name = name,
        Category = category,
        Version = 1,
        EffectiveFrom = "2026-01-01",
        TimeLimited = true,
        TimeLimitWorkingDays = 10,
        LegalBasis = "《上海市老年人权益保障条例》",
        FlowSteps = { "受理", "审核", "审批" },
        Materials =
        {
            new RequiredMaterial { Code = "id-card", Name = "身份证", Original = true, Count = 1 },
            new RequiredMaterial { Code = "agent-id", Name = "代办人身份证及委托书", Original = true, Count = 1, Condition = "委托他人代办的" },
        },
        PrintableUrl = $"/api/policy-law/v1/guides/{code}/print",
    };
}
