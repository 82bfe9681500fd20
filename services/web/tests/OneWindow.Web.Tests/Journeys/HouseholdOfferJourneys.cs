using Microsoft.Playwright;
using OneWindow.DemoDistrict;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// 本户还可办理 on the run command's stack: the demo's three-generation household at Jiangpu (docs/demo-district.md),
/// looked up at a window by the grandson's ID number, offers his grandmother's elderly allowance under her masked name,
/// with the clause of the rule she meets read on her own age and the amount on it. A clerk at window 09, with no ticket,
/// so the front-hall journey's queue is left alone.
/// </summary>
public sealed class HouseholdOfferJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>The offer is one question to policy-law for the whole household, within intake's timeout (2 s), after the household is read.</summary>
    private static readonly LocatorAssertionsToContainTextOptions OfferWait = new() { Timeout = 20_000 };

    private const string Clerk = "jiangpu-s005";

    [Fact]
    public async Task Serving_a_grandson_offers_his_grandmothers_elderly_allowance_with_the_clause_she_meets_on_her_own_age()
    {
        var household = DemoDistrictGenerator.District.Centre("jiangpu").Households.Single(h => h.HouseholdId == ThreeGenerations.HouseholdId);
        var grandson = household.Members.Single(m => m.ResidentId == ThreeGenerations.GrandsonId);
        var grandmother = household.Members.Single(m => m.ResidentId == ThreeGenerations.GrandmotherId);
        var age = grandmother.IdNumber.AgeOn(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));

        var desk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await desk.GotoAsync("desk");
        await DemoAccounts.SignInOnProviderAsync(desk, Clerk);
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));
        await desk.GetByLabel("窗口号").FillAsync("09");
        await desk.GetByRole(AriaRole.Button, new() { Name = "开窗" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync("09 号窗口");

        await desk.Locator("#find-id-number").FillAsync(grandson.IdNumber.Value);
        await desk.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();

        var offer = desk.Locator("[data-test=household-offer]");
        await Assertions.Expect(offer.Locator("h2")).ToHaveTextAsync("本户还可办理");
        var hers = offer.Locator($"[data-test=offer-member][data-resident='{ThreeGenerations.GrandmotherId}']");
        // Masked as the household's list masks her (周**), with her age.
        await Assertions.Expect(hers.Locator("h3")).ToContainTextAsync($"{age}岁", OfferWait);
        await Assertions.Expect(hers.Locator("h3")).Not.ToContainTextAsync(grandmother.Name);
        var allowance = hers.Locator("[data-test=offer-item][data-item=elderly-allowance]");
        await Assertions.Expect(allowance).ToContainTextAsync("高龄老人营养补贴");
        await Assertions.Expect(allowance.Locator("[data-test=eligibility-clause][data-fact=Age]")).ToHaveTextAsync($"年龄 {age} 岁，不低于 70 岁：符合");
        await Assertions.Expect(allowance.Locator("[data-test=offer-amount]")).ToContainTextAsync(age >= 90 ? "300.00 元" : "150.00 元");
        // The son's disability subsidy is his, under his own name; nothing of the grandmother's is offered to the grandson.
        await Assertions.Expect(offer.Locator($"[data-test=offer-member][data-resident='{ThreeGenerations.SonId}'] [data-test=offer-item][data-item=disability-subsidy]")).ToHaveCountAsync(1);
        await Assertions.Expect(offer.Locator($"[data-test=offer-member][data-resident='{ThreeGenerations.GrandsonId}'] [data-test=offer-item][data-item=elderly-allowance]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-household-offer");
        await Accessibility.AssertNoSeriousViolationsAsync(desk);
    }
}
