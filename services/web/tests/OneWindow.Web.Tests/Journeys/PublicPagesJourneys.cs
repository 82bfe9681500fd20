using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>What a resident reads without signing in, in Chromium through the gateway.</summary>
public sealed class PublicPagesJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task A_resident_finds_a_guide_from_the_home_page_and_reads_what_to_bring_without_signing_in()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("/");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "查看办事指南（无需登录）" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "办事指南", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ConsoleBrowser.ScreenshotAsync(page, "guides");
        await page.GetByRole(AriaRole.Link, new() { Name = "最低生活保障", Exact = false }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请材料" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "打印指南" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ConsoleBrowser.ScreenshotAsync(page, "guide");
    }

    [Fact]
    public async Task A_guide_that_does_not_exist_says_so_in_chinese()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);

        await page.GotoAsync("/guides/no-such-item");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("没有找到");
    }
}
