using System.Security.Claims;
using Bunit;
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
}
