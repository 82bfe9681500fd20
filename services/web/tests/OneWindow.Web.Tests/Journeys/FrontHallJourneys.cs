using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The front hall in Chromium, through the gateway of the run command's stack: the devices approved by the director
/// through the device flow, a resident from the kiosk to the rating pad, the clerk at the desk. One class, so its
/// journeys share the centre's queue one after the other.
/// </summary>
public sealed partial class FrontHallJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task A_resident_takes_a_ticket_at_the_kiosk_is_called_on_the_hall_display_served_by_the_clerk_and_rates_the_service_on_the_pad()
    {
        // Tickets are issued only for a kind of window that is open: the clerk, signed in on the provider's page, opens one.
        var desk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await desk.GotoAsync("desk");
        await DemoAccounts.SignInOnProviderAsync(desk, DemoAccounts.JiangpuClerk);
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));
        await desk.GetByLabel("窗口号").FillAsync("03");
        await desk.GetByRole(AriaRole.Button, new() { Name = "开窗" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync("03 号窗口");

        var director = new DeviceFlow(browser, stack);
        var kiosk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Kiosk);
        await director.ApproveAsync(kiosk, "/kiosk", number: "kiosk-01", kind: "kiosk");
        var display = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.ApproveAsync(display, "/display", number: "display-01", kind: "hall-display");
        var pad = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.ApproveAsync(pad, "/pad", number: "pad-03", kind: "rating-pad", window: "03");
        await Assertions.Expect(pad.Locator("[data-test=pad-window]")).ToContainTextAsync($"03 号窗口 · 工作人员 {DemoAccounts.JiangpuClerk}");

        await ConsoleBrowser.ScreenshotAsync(kiosk, "kiosk-choose");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk);
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "综合受理" }).ClickAsync();
        var ticket = kiosk.Locator("#ticket-number");
        await Assertions.Expect(ticket).ToHaveTextAsync(TicketNumber());
        await Assertions.Expect(kiosk.GetByText("您前面还有 0 人")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(kiosk, "kiosk-ticket");
        var number = await ticket.TextContentAsync();

        await desk.GetByRole(AriaRole.Button, new() { Name = "叫号" }).ClickAsync();

        await Assertions.Expect(desk.Locator("[data-test=ticket]")).ToContainTextAsync($"{number} 已叫号");
        await Assertions.Expect(display.Locator("[data-test=current-call]")).ToHaveTextAsync($"请 {number} 号到 03 号窗口办理");
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-called");
        await ConsoleBrowser.ScreenshotAsync(display, "display-call");
        await Accessibility.AssertNoSeriousViolationsAsync(desk);
        await Accessibility.AssertNoSeriousViolationsAsync(display);

        await desk.GetByRole(AriaRole.Button, new() { Name = "开始办理" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=ticket]")).ToContainTextAsync("办理中");
        await desk.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=ticket]")).ToContainTextAsync("已办结");

        await Assertions.Expect(pad.Locator("[data-test=pad-ticket]")).ToHaveTextAsync($"请为刚才 {number} 号的服务评价");
        await ConsoleBrowser.ScreenshotAsync(pad, "pad-ask");
        await Accessibility.AssertNoSeriousViolationsAsync(pad);
        await pad.GetByRole(AriaRole.Button, new() { Name = "满意", Exact = true }).ClickAsync();
        await Assertions.Expect(pad.GetByRole(AriaRole.Status)).ToHaveTextAsync("感谢您的评价！");

        // The director watches the hall: window 03, its clerk, the ticket it served.
        var hall = await director.DirectorAsync();
        await hall.GotoAsync("hall");
        await Assertions.Expect(hall.Locator("[data-test=hall-windows]")).ToContainTextAsync(DemoAccounts.JiangpuClerk);
        await Assertions.Expect(hall.Locator("[data-test=hall-windows]")).ToContainTextAsync(number!);
        await ConsoleBrowser.ScreenshotAsync(hall, "hall");

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

    [GeneratedRegex("^[A-Z]\\d{3}$")]
    private static partial Regex TicketNumber();
}
