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
    /// <summary>An acceptance asks policy-law for the eligibility hint and waits for it up to intake's timeout (2 s) once or twice.</summary>
    private static readonly LocatorAssertionsToContainTextOptions AcceptanceWait = new() { Timeout = 15_000 };

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

        // A double click on call-next calls one ticket: the second click, however late it reaches the page, calls nobody else.
        await desk.GetByRole(AriaRole.Button, new() { Name = "叫号" }).DblClickAsync();

        await Assertions.Expect(desk.Locator("[data-test=ticket]")).ToContainTextAsync($"{number} 已叫号");
        await Assertions.Expect(display.Locator("[data-test=current-call]")).ToHaveTextAsync($"请 {number} 号到 03 号窗口办理");
        await Assertions.Expect(desk.Locator("[data-test=refusal]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-called");
        await ConsoleBrowser.ScreenshotAsync(display, "display-call");
        await Accessibility.AssertNoSeriousViolationsAsync(desk);
        await Accessibility.AssertNoSeriousViolationsAsync(display);

        // A mistyped ID number is refused in words, naming the field; then the resident's card starts the service.
        await desk.Locator("#find-id-number").FillAsync("3101071988081698");
        await desk.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=resident-refusal]")).ToContainTextAsync("身份证号码");
        await desk.Locator("#find-id-number").FillAsync(DemoAccounts.BundlingHeadIdNumber);
        await desk.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=ticket]")).ToContainTextAsync("办理中");
        // Served at this window, the resident shows in full to this clerk.
        await Assertions.Expect(desk.Locator("[data-test=resident-id-number]")).ToHaveTextAsync(DemoAccounts.BundlingHeadIdNumber);
        await Assertions.Expect(desk.Locator("[data-test=resident]")).ToContainTextAsync(DemoAccounts.BundlingHeadName);

        // The minimum living allowance annual review with only the ID card: the one-time notice names the rest.
        // The window's short form finds the item.
        await ChooseItemAsync(desk, "低保", "最低生活保障年审");
        await desk.GetByLabel("申请人居民身份证").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        var notice = desk.Locator("[data-test=notice]");
        await Assertions.Expect(notice).ToContainTextAsync("一次性告知书");
        await Assertions.Expect(notice).ToContainTextAsync("户口簿");
        await Assertions.Expect(notice).ToContainTextAsync("家庭成员收入证明");
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-notice");

        await desk.GetByLabel("户口簿").CheckAsync();
        await desk.GetByLabel("家庭成员收入证明").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        var accepted = desk.Locator("[data-test=accepted]");
        await Assertions.Expect(accepted).ToContainTextAsync("已受理，件号", AcceptanceWait);
        await Assertions.Expect(accepted).ToContainTextAsync("受理回执");
        await Assertions.Expect(desk.Locator("[data-test=eligibility]")).ToBeVisibleAsync();
        await Assertions.Expect(desk.Locator("[data-test=also-due]")).ToContainTextAsync("公租房年审");
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-receipt");

        // Offered in the same visit: the materials already checked stay ticked, only the lease is added; a double
        // click on accept accepts it once.
        await desk.Locator("[data-test=also-due] li", new() { HasText = "公租房年审" }).GetByRole(AriaRole.Button, new() { Name = "一并受理" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=checklist]")).ToContainTextAsync("本次来访一并办理");
        await Assertions.Expect(desk.GetByLabel("户口簿")).ToBeCheckedAsync();
        await desk.GetByLabel("公租房租赁合同").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).DblClickAsync();
        await Assertions.Expect(accepted).ToContainTextAsync("已受理，件号", AcceptanceWait);

        // An instant item is finished at the window.
        await ChooseItemAsync(desk, "居住证明", "居住证明开具");
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Assertions.Expect(accepted).ToContainTextAsync("已当场办结", AcceptanceWait);

        var files = desk.Locator("[data-test=files] tbody tr");
        // Last year's reviews are on the list too, completed; this visit's two are accepted, once each.
        await Assertions.Expect(files.Filter(new() { HasText = "公租房年审" }).Filter(new() { HasText = "已受理" })).ToHaveCountAsync(1);
        await Assertions.Expect(files.Filter(new() { HasText = "最低生活保障年审" }).Filter(new() { HasText = "已受理" })).ToHaveCountAsync(1);
        await Assertions.Expect(files.Filter(new() { HasText = "居住证明开具" })).ToContainTextAsync("已办结");
        await ConsoleBrowser.ScreenshotAsync(desk, "desk-files");
        await Accessibility.AssertNoSeriousViolationsAsync(desk);

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

        // On the way out the resident complains at the kiosk: the kind of complaint chosen by touch, the words typed.
        await kiosk.GotoAsync("kiosk");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "留言与投诉" }).ClickAsync();
        await kiosk.GetByRole(AriaRole.Radio, new() { Name = "我要投诉" }).ClickAsync();
        await kiosk.Locator(".kiosk-categories").GetByRole(AriaRole.Radio).First.ClickAsync();
        await kiosk.Locator("#message-text").FillAsync("等候区的座位不够，老人站了很久。");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk);
        await ConsoleBrowser.ScreenshotAsync(kiosk, "kiosk-complaint");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(kiosk.Locator("[data-test=message-thanks]")).ToContainTextAsync("您的投诉已登记");

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

    private static async Task ChooseItemAsync(IPage desk, string typed, string item)
    {
        await desk.GetByLabel("事项", new() { Exact = true }).FillAsync(typed);
        await desk.Locator(".desk-item-matches").GetByRole(AriaRole.Listitem).Filter(new() { HasText = item }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=checklist] h3")).ToContainTextAsync(item);
    }

    [GeneratedRegex("^[A-Z]\\d{3}$")]
    private static partial Regex TicketNumber();
}
