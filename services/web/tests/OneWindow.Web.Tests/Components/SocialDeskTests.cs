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
}
