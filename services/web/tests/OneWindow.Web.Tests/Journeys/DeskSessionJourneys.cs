using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The desk when the clerk's session ends in the middle of an acceptance (signed out in another tab, or no longer
/// refreshable): the form is kept, the clerk signs in again and finishes it. A head of the front windows at window 04,
/// with no ticket, so the front-hall journey's queue is left alone.
/// </summary>
public sealed class DeskSessionJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>An acceptance asks policy-law for the eligibility hint and waits for it up to intake's timeout (2 s) once or twice.</summary>
    private static readonly LocatorAssertionsToContainTextOptions AcceptanceWait = new() { Timeout = 15_000 };

    private const string HeadOfFrontWindows = "jiangpu-s003";

    [Fact]
    public async Task An_acceptance_interrupted_by_the_end_of_the_session_is_kept_through_a_new_sign_in_and_accepted_once()
    {
        var desk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await desk.GotoAsync("desk");
        await DemoAccounts.SignInOnProviderAsync(desk, HeadOfFrontWindows);
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));
        await desk.GetByLabel("窗口号").FillAsync("04");
        await desk.GetByRole(AriaRole.Button, new() { Name = "开窗" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync("04 号窗口");

        await desk.Locator("#find-id-number").FillAsync(DemoAccounts.SecondHeadIdNumber);
        await desk.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        // Not served at a window: the record stays masked.
        await Assertions.Expect(desk.Locator("[data-test=resident-id-number]")).Not.ToHaveTextAsync(DemoAccounts.SecondHeadIdNumber);
        await desk.GetByLabel("事项", new() { Exact = true }).FillAsync("最低生活保障");
        await desk.Locator(".desk-item-matches").GetByRole(AriaRole.Listitem).Filter(new() { HasText = "最低生活保障年审" }).ClickAsync();
        await desk.GetByLabel("申请人居民身份证").CheckAsync();
        await desk.GetByLabel("户口簿").CheckAsync();

        var elsewhere = await desk.Context.NewPageAsync();
        await elsewhere.GotoAsync(stack.Address + "guides");
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        // Signing out ends on the console's home page after several redirects (the provider's end of the session and
        // back). The tab is left there, not closed: a close that races a navigation's commit never returns in Chromium
        // (crbug.com/536385539), and that hung a run.
        await elsewhere.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await desk.GetByLabel("家庭成员收入证明").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await DemoAccounts.SignInOnProviderAsync(desk, HeadOfFrontWindows);
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));

        // Back at the desk: window 04 found again from the hall, the item and the ticks as they were.
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync("04 号窗口");
        await Assertions.Expect(desk.Locator("[data-test=checklist] h3")).ToContainTextAsync("最低生活保障年审");
        await Assertions.Expect(desk.GetByLabel("户口簿")).ToBeCheckedAsync();
        await Assertions.Expect(desk.GetByLabel("家庭成员收入证明")).ToBeCheckedAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();

        await Assertions.Expect(desk.Locator("[data-test=acceptance-refusal]")).ToHaveCountAsync(0);
        await Assertions.Expect(desk.Locator("[data-test=accepted]")).ToContainTextAsync("已受理，件号", AcceptanceWait);
        // Last year's review is on the list too, completed; this one is accepted once.
        await Assertions.Expect(desk.Locator("[data-test=files] tbody tr").Filter(new() { HasText = "最低生活保障年审" }).Filter(new() { HasText = "已受理" })).ToHaveCountAsync(1);
    }
}
