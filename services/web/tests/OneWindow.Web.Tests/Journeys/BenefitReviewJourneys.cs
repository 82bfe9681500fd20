using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.DemoDistrict;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// A periodic benefit whose annual review lapsed (docs/adr/0025): the demo district's Jiangpu household that was told of
/// its winter subsidy's review and never came. The review run suspends the benefit and, its grace over, ends it; the
/// policy officer sees it ended on the schedules page, and a social worker finds the referral it raised.
/// </summary>
public sealed class BenefitReviewJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>胡涛浩, a policy officer of Jiangpu Road.</summary>
    private const string Officer = "jiangpu-s031";

    /// <summary>A social worker of Jiangpu Road.</summary>
    private const string Worker = "jiangpu-s036";

    [Fact]
    public async Task A_lapsed_review_suspends_and_ends_the_benefit_the_officer_sees_it_ended_and_social_work_hears_of_it()
    {
        var householdId = LapsedReview.Household.HouseholdId.ToString();
        using (var officerApi = await DemoAccounts.ApiAsAsync(stack.Address, Officer))
        {
            // The watch runs the reviews each interval (and may have run them at start); this run makes them now.
            await StackApi.PostAsync(officerApi, "api/policy-law/v1/disbursement/benefit-reviews:run", new { });
            var schedules = await StackApi.GetAsync(officerApi, $"api/policy-law/v1/disbursement/schedules?householdId={householdId}");
            var schedule = Assert.Single(schedules.GetProperty("schedules").EnumerateArray(), s => s.GetProperty("itemCode").GetString() == LapsedReview.ItemCode);
            Assert.Equal("ended", schedule.GetProperty("status").GetString());
        }

        var officer = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await officer.GotoAsync("disbursement/schedules");
        await DemoAccounts.SignInOnProviderAsync(officer, Officer);
        await Assertions.Expect(officer.Locator("[data-test=schedules]")).ToBeVisibleAsync();
        await officer.GetByLabel("家庭编号").FillAsync(householdId);
        await officer.Locator("[data-test=schedules-search]").ClickAsync();
        var row = officer.Locator("[data-test=schedule]", new() { HasText = householdId });
        await Assertions.Expect(row.Locator("[data-test=schedule-status]")).ToContainTextAsync("已终止");
        await Assertions.Expect(row).ToContainTextAsync("困难家庭冬季取暖补贴");
        await Assertions.Expect(row.Locator("[data-test=reinstate-open]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(officer, "disbursement-schedules-ended");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);

        string? referralId = null;
        using (var workerApi = await DemoAccounts.ApiAsAsync(stack.Address, Worker))
        {
            await StackApi.EventuallyAsync(async () =>
            {
                var referrals = await StackApi.GetAsync(workerApi, "api/social-work/v1/referrals?pageSize=200");
                referralId = referrals.TryGetProperty("referrals", out var list)
                    ? list.EnumerateArray().Where(r => Is(r, "householdId", householdId) && Is(r, "itemCode", LapsedReview.ItemCode))
                        .Select(r => r.GetProperty("referralId").GetString()).FirstOrDefault()
                    : null;
                return referralId is not null;
            });
        }

        var worker = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await worker.GotoAsync("social");
        await DemoAccounts.SignInOnProviderAsync(worker, Worker);
        var card = worker.Locator($"[data-referral='{referralId}']");
        // The card names the item as the catalogue names it; the reason is social work's, written when it heard of the end
        // (it names the item by its code while social work's copy of the catalogue has not yet heard of it).
        await Assertions.Expect(card.Locator("h3")).ToHaveTextAsync("救助待遇终止（困难家庭冬季取暖补贴）");
        await Assertions.Expect(card).ToContainTextAsync("待遇终止（到期未续办）");
        await ConsoleBrowser.ScreenshotAsync(worker, "social-benefit-ended");
        await Accessibility.AssertNoSeriousViolationsAsync(worker);
    }

    private static bool Is(JsonElement referral, string property, string value) =>
        referral.TryGetProperty(property, out var found) && found.GetString() == value;
}
