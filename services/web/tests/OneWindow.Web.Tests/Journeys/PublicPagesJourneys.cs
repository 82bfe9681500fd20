using System.Text.RegularExpressions;
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

        await page.GetByRole(AriaRole.Link, new() { Name = "打印指南" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/api/policy-law/v1/guides/[a-z-]+/print$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "办理要件" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "份数" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await ConsoleBrowser.ScreenshotAsync(page, "guide-print");
    }

    [Fact]
    public async Task A_resident_at_a_centre_finds_guides_by_a_word_and_prints_one_with_the_centres_note()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("/guides?centre=jiangpu");

        await page.GetByRole(AriaRole.Searchbox).FillAsync("高龄");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "“高龄”：找到", Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "高龄老人营养补贴" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "高龄老人营养补贴", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "打印指南" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/api/policy-law/v1/guides/elderly-allowance/print\\?centre=jiangpu$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "高龄老人营养补贴 服务指南" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("本街道社区事务受理服务中心", new() { Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_elderly_mode_enlarges_the_type_on_every_page_the_browser_opens_until_it_is_switched_off()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("/");
        var usual = await BodyFontSizeAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new Regex("elderly"));
        Assert.True(await BodyFontSizeAsync(page) >= usual * 1.3, "the elderly mode's type is at least a third larger");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("/guides");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new Regex("elderly"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ConsoleBrowser.ScreenshotAsync(page, "guides-elderly");

        await page.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToHaveClassAsync(new Regex("elderly"));
        Assert.Equal(usual, await BodyFontSizeAsync(page));
    }

    [Fact]
    public async Task A_guide_that_does_not_exist_says_so_in_chinese()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);

        await page.GotoAsync("/guides/no-such-item");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("没有找到");
    }

    /// <summary>
    /// The body's type size once the page shown has loaded its stylesheets. The switch posts a form, and the page it lands
    /// on has its body, class and all, before its stylesheet: read then, the size is the browser's own 16 px (it failed so).
    /// </summary>
    private static async Task<double> BodyFontSizeAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        return await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
    }
}
