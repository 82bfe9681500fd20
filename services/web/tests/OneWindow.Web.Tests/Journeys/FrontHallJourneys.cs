using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The front hall in Chromium, through the gateway of the run command's stack: devices approved by the director through
/// the device flow, residents at the kiosk, the clerk at the desk. One class, so its journeys share the centre's queue
/// one after the other.
/// </summary>
public sealed class FrontHallJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task A_resident_takes_a_ticket_at_the_kiosk_and_the_clerk_who_signed_in_on_the_providers_page_calls_it()
    {
        // Tickets are issued only for a kind of window that is open: the clerk opens one first.
        var desk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await desk.GotoAsync("desk");
        await DemoAccounts.SignInOnProviderAsync(desk, DemoAccounts.JiangpuClerk);
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));
        await desk.GetByLabel("窗口号").FillAsync("03");
        await desk.GetByRole(AriaRole.Button, new() { Name = "开窗" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync("03 号窗口");

        var kiosk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Kiosk);
        await DeviceFlow.ApproveAsync(browser, stack, kiosk, "/kiosk", number: "kiosk-01", kind: "kiosk");
        await ConsoleBrowser.ScreenshotAsync(kiosk, "kiosk-choose");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "综合受理" }).ClickAsync();
        var ticket = kiosk.Locator("#ticket-number");
        await Assertions.Expect(ticket).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z]\\d{3}$"));
        await Assertions.Expect(kiosk.GetByText("您前面还有 0 人")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(kiosk, "kiosk-ticket");
        var number = await ticket.TextContentAsync();

        await desk.GetByRole(AriaRole.Button, new() { Name = "叫号" }).ClickAsync();

        await Assertions.Expect(desk.Locator("[data-test=ticket]")).ToContainTextAsync($"{number} 已叫号");
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-called");

        // The kiosk's identity is a device's: the clerk's desk is not for it.
        await kiosk.GotoAsync("desk");
        await Assertions.Expect(kiosk.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_clerk_who_opens_the_kiosk_page_is_refused()
    {
        var clerk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await clerk.GotoAsync("desk");
        await DemoAccounts.SignInOnProviderAsync(clerk, DemoAccounts.JiangpuClerk);
        await clerk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));

        await clerk.GotoAsync("kiosk");

        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
        Assert.Equal("/denied", new Uri(clerk.Url).AbsolutePath);
    }
}
