using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;
using SilentFamiliesPage = OneWindow.Web.Components.Pages.SilentFamilies;

namespace OneWindow.Web.Tests.Components;

/// <summary>The silent-family findings: each with its reasons, dismissed only with a reason, deferred to a day.</summary>
public sealed class SilentFamiliesTests : BunitContext
{
    private readonly AnsweringInvoker _socialWork = new();

    public SilentFamiliesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new SilentFamilies.SilentFamiliesClient(_socialWork));
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("jiangpu-s036").SetRoles("social-worker").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s036"));
        _socialWork.Answer(new ListFindingsReply
        {
            Findings =
            {
                new Finding
                {
                    FindingId = "f1", HouseholdId = "0193a0b2-0000-7000-8000-0000000000f1", Status = FindingStatus.Open, FoundAt = "2026-12-01T02:00:00+08:00",
                    Reasons = { new FindingReason { RuleCode = "elderly-alone", Text = "82岁独居，6个月内无任何联系" } },
                },
            },
        });
    }

    [Fact]
    public void A_finding_shows_why_the_family_was_flagged_and_is_dismissed_only_with_a_reason()
    {
        var page = Render<SilentFamiliesPage>();

        page.WaitForAssertion(() => Assert.Contains("82岁独居", page.Find("[data-test=finding]").TextContent, StringComparison.Ordinal));
        page.Find("[data-test=decide-finding]").Click();
        Assert.True(page.Find("[data-test=dismiss-confirm]").HasAttribute("disabled"));
        page.Find("#dismiss-reason").Input("子女每周探望，网格员已核实");
        page.Find("[data-test=dismiss-confirm]").Click();

        var dismissed = Assert.Single(_socialWork.Sent.OfType<DismissFindingRequest>());
        Assert.Equal(("f1", "子女每周探望，网格员已核实"), (dismissed.FindingId, dismissed.Reason));
        page.WaitForAssertion(() => Assert.Contains("已排除", page.Find("[data-test=silent-done]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_scan_reports_how_many_households_it_looked_at_and_found()
    {
        _socialWork.Answer(new ScanReply { Centres = { new CentreScan { Centre = "jiangpu", HouseholdsScanned = 1200, FindingsRaised = 3, ReasonsAdded = 1 } } });
        var page = Render<SilentFamiliesPage>();

        page.Find("[data-test=scan]").Click();

        page.WaitForAssertion(() => Assert.Contains("本次排查 1200 户，新发现 3 户", page.Find("[data-test=scan-result]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_findings_page_on_with_social_works_token_and_a_scan_starts_again_at_the_first_page()
    {
        _socialWork.Answer(FindingsPage("after-f1", "f1"));
        var page = Render<SilentFamiliesPage>();
        page.WaitForAssertion(() => Assert.Equal("f1", page.Find("[data-test=finding]").GetAttribute("data-finding")));

        _socialWork.Answer(FindingsPage(string.Empty, "f2"));
        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("f2", page.Find("[data-test=finding]").GetAttribute("data-finding")));
        _socialWork.Answer(FindingsPage(string.Empty, "f3"));
        page.Find("[data-test=scan]").Click();

        page.WaitForAssertion(() => Assert.Equal("f3", page.Find("[data-test=finding]").GetAttribute("data-finding")));
        Assert.Empty(page.FindAll("[data-test=pager]"));
        var asked = _socialWork.Sent.OfType<ListFindingsRequest>().Select(r => (r.PageSize, r.PageToken)).ToList();
        Assert.Equal([(20, ""), (20, "after-f1"), (20, "")], asked);
    }

    private static ListFindingsReply FindingsPage(string next, params string[] findingIds)
    {
        var reply = new ListFindingsReply { NextPageToken = next };
        reply.Findings.AddRange(findingIds.Select(id => new Finding
        {
            FindingId = id, HouseholdId = "0193a0b2-0000-7000-8000-0000000000f2", Status = FindingStatus.Open, FoundAt = "2026-12-02T02:00:00+08:00",
            Reasons = { new FindingReason { RuleCode = "benefit-ended", Text = "低保到期未续办" } },
        }));
        return reply;
    }
}
