using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The social worker's desk: a referral is taken into a case, or declined with a reason the referrer reads.</summary>
public sealed class SocialDeskTests : BunitContext
{
    private readonly AnsweringInvoker _socialWork = new();

    public SocialDeskTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Referrals.ReferralsClient(_socialWork));
        Services.AddSingleton(new Cases.CasesClient(_socialWork));
        Services.AddSingleton(new HomeVisits.HomeVisitsClient(_socialWork));
        Services.AddSingleton(new PolicyLaw.V1.Catalogue.CatalogueClient(_socialWork));
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddTransient<PageAction>();
        AddAuthorization().SetAuthorized("jiangpu-s036").SetRoles("social-worker").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s036"));
        _socialWork.Answer(new ListReferralsReply
        {
            Referrals =
            {
                new Referral
                {
                    ReferralId = "r1", HouseholdId = "0193a0b2-0000-7000-8000-0000000000f1", Source = ReferralSource.GridManagerReport, Status = ReferralStatus.Open,
                    Reason = "网格巡查发现独居老人近期行动不便", ReferredBy = "jiangpu-s043", ReferredAt = "2026-12-03T09:00:00+08:00",
                },
            },
        });
    }

    [Fact]
    public void Accepting_a_referral_opens_its_case()
    {
        _socialWork.Answer(new Case { CaseId = "0193a0b2-0000-7000-8000-0000000000c1" });
        var page = Render<SocialDesk>();

        page.WaitForAssertion(() => Assert.Contains("网格员报告", page.Find("[data-test=referral]").TextContent, StringComparison.Ordinal));
        page.Find("[data-test=accept]").Click();

        Assert.Equal("r1", Assert.Single(_socialWork.Sent.OfType<AcceptReferralRequest>()).ReferralId);
        page.WaitForAssertion(() => Assert.EndsWith("/social/cases/0193a0b2-0000-7000-8000-0000000000c1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_page_of_my_cases_is_asked_with_social_works_token_and_the_other_lists_stay_where_they_are()
    {
        _socialWork.Answer(CasesPage("after-c1", "c1"));
        var page = Render<SocialDesk>();
        page.WaitForAssertion(() => Assert.Equal(["c1"], CasesShown(page)));
        Assert.Empty(page.FindAll("section[aria-labelledby=referrals-heading] [data-test=pager]"));

        _socialWork.Answer(CasesPage(string.Empty, "c2"));
        page.Find("section[aria-labelledby=cases-heading] [data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal(["c2"], CasesShown(page)));
        Assert.Equal("第 2 页", page.Find("section[aria-labelledby=cases-heading] [data-test=page-number]").TextContent);
        Assert.True(page.Find("section[aria-labelledby=cases-heading] [data-test=page-next]").HasAttribute("disabled"));

        _socialWork.Answer(CasesPage("after-c1", "c1"));
        page.Find("section[aria-labelledby=cases-heading] [data-test=page-previous]").Click();
        page.WaitForAssertion(() => Assert.Equal(["c1"], CasesShown(page)));

        var asked = _socialWork.Sent.OfType<ListCasesRequest>().Select(r => (r.Mine, r.PageSize, r.PageToken)).ToList();
        Assert.Equal([(true, 20, ""), (true, 20, "after-c1"), (true, 20, "")], asked);
        Assert.Single(_socialWork.Sent.OfType<ListReferralsRequest>());
    }

    [Fact]
    public void A_referral_declined_on_the_second_page_reads_that_page_again_not_the_first()
    {
        _socialWork.Answer(ReferralsPage("after-r1", "r1"));
        var page = Render<SocialDesk>();
        page.WaitForAssertion(() => Assert.Equal("r1", page.Find("[data-test=referral]").GetAttribute("data-referral")));
        _socialWork.Answer(ReferralsPage(string.Empty, "r2"));
        page.Find("section[aria-labelledby=referrals-heading] [data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("r2", page.Find("[data-test=referral]").GetAttribute("data-referral")));

        page.Find("[data-test=decline]").Click();
        page.Find("#decline-reason").Input("该户已由民政科跟进，无需社工介入");
        _socialWork.Answer(ReferralsPage(string.Empty));
        page.Find("[data-test=decline-confirm]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=referrals-empty]")));
        var asked = _socialWork.Sent.OfType<ListReferralsRequest>().Select(r => (r.Status, r.PageSize, r.PageToken)).ToList();
        Assert.Equal([(ReferralStatus.Open, 20, ""), (ReferralStatus.Open, 20, "after-r1"), (ReferralStatus.Open, 20, "after-r1")], asked);
        Assert.Equal("第 2 页", page.Find("section[aria-labelledby=referrals-heading] [data-test=page-number]").TextContent);
    }

    [Fact]
    public void A_referral_is_declined_only_with_a_reason()
    {
        var page = Render<SocialDesk>();

        page.WaitForAssertion(() => page.Find("[data-test=decline]").Click());
        Assert.True(page.Find("[data-test=decline-confirm]").HasAttribute("disabled"));
        page.Find("#decline-reason").Input("该户已由民政科跟进，无需社工介入");
        page.Find("[data-test=decline-confirm]").Click();

        var declined = Assert.Single(_socialWork.Sent.OfType<DeclineReferralRequest>());
        Assert.Equal(("r1", "该户已由民政科跟进，无需社工介入"), (declined.ReferralId, declined.Reason));
    }

    private static List<string> CasesShown(IRenderedComponent<SocialDesk> page) =>
        [.. page.FindAll("[data-test=my-case] a").Select(a => a.GetAttribute("href")![(a.GetAttribute("href")!.LastIndexOf('/') + 1)..])];

    private static ListCasesReply CasesPage(string next, params string[] caseIds)
    {
        var reply = new ListCasesReply { NextPageToken = next };
        reply.Cases.AddRange(caseIds.Select(id => new Case { CaseId = id, Reason = "政策落实后仍有困难", Status = CaseStatus.Intake, OpenedAt = "2026-12-01T09:00:00+08:00", LeadWorker = "jiangpu-s036" }));
        return reply;
    }

    private static ListReferralsReply ReferralsPage(string next, params string[] referralIds)
    {
        var reply = new ListReferralsReply { NextPageToken = next };
        reply.Referrals.AddRange(referralIds.Select(id => new Referral
        {
            ReferralId = id, HouseholdId = "0193a0b2-0000-7000-8000-0000000000f1", Source = ReferralSource.ResidentRequest, Status = ReferralStatus.Open,
            Reason = "居民在窗口求助", ReferredBy = "jiangpu-s004", ReferredAt = "2026-12-03T09:00:00+08:00",
        }));
        return reply;
    }
}
