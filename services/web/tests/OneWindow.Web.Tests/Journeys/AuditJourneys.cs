using System.Net;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// 审计日志: a refusal written by one service and the acts on the same file written by others, found by the centre's
/// director and by the district administrator in one list.
/// </summary>
public sealed class AuditJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task The_director_finds_a_refused_decision_and_the_files_other_acts_and_the_district_sees_them_under_the_centre()
    {
        // A reviewer who does not hold the file tries to pass it: review refuses and writes the refusal to its trail.
        var (fileId, holder) = await StackApi.AcceptedForReviewAsync(stack, "elderly-allowance", $"139{Random.Shared.Next(10_000_000, 99_999_999)}");
        var other = holder == "jiangpu-s022" ? "jiangpu-s021" : "jiangpu-s022";
        using (var reviewer = await DemoAccounts.ApiAsAsync(stack.Address, other))
        {
            using var refused = await reviewer.PostAsync($"api/review/v1/files/{fileId}:pass", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var director = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.GotoAsync("audit");
        await DemoAccounts.SignInWithSecondFactorAsync(director, DemoAccounts.JiangpuDirector);
        await Assertions.Expect(director.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToBeVisibleAsync();
        await Assertions.Expect(director.Locator("[data-test=audit-record]").First).ToBeVisibleAsync();

        await director.GetByLabel("对象编号").FillAsync(fileId);
        await director.Locator("[data-test=audit-run]").ClickAsync();
        // The clerk's acceptance (intake) and the assignment and the refusal (review), newest first, in one list.
        var records = director.Locator("[data-test=audit-record]");
        var refusal = director.Locator($"[data-test=audit-record][data-outcome=denied][data-subject='{fileId}']");
        await Assertions.Expect(refusal).ToContainTextAsync("初审通过");
        await Assertions.Expect(refusal).ToContainTextAsync(other);
        await Assertions.Expect(refusal).ToContainTextAsync("已拒绝");
        await Assertions.Expect(records.First).ToHaveAttributeAsync("data-outcome", "denied");
        await Assertions.Expect(director.Locator($"[data-test=audit-record][data-action=accept][data-subject='{fileId}']")).ToContainTextAsync("综合受理");
        await Assertions.Expect(director.Locator($"[data-test=audit-record][data-action=assign][data-subject='{fileId}']")).ToContainTextAsync("业务初审");
        await ConsoleBrowser.ScreenshotAsync(director, "audit-centre");
        await Accessibility.AssertNoSeriousViolationsAsync(director);

        // The search, from every service, taken away as CSV that Excel opens in Chinese.
        var download = await director.RunAndWaitForDownloadAsync(() => director.Locator("[data-test=audit-export-csv]").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var rows = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(await records.CountAsync() + 1, rows.Length);
        Assert.Contains(rows, row => row.Contains(fileId, StringComparison.Ordinal) && row.Contains("已拒绝", StringComparison.Ordinal) && row.Contains(other, StringComparison.Ordinal));

        // The director's long menu fits an ordinary office screen in elderly mode, wrapping instead of scrolling sideways.
        await director.SetViewportSizeAsync(1366, 768);
        await director.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).ClickAsync();
        await Assertions.Expect(director.Locator("body.elderly")).ToHaveCountAsync(1);
        await Assertions.Expect(director.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToBeInViewportAsync();
        await Assertions.Expect(director.Locator("[data-test=audit-record]").First).ToBeVisibleAsync();
        Assert.True(await director.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways in elderly mode");
        await ConsoleBrowser.ScreenshotAsync(director, "audit-centre-elderly");
        await director.GetByRole(AriaRole.Button, new() { Name = "长者模式" }).ClickAsync();
        await Assertions.Expect(director.Locator("body.elderly")).ToHaveCountAsync(0);
        await director.SetViewportSizeAsync(1920, 1080);

        await director.GetByLabel("对象编号").FillAsync(string.Empty);
        await director.GetByLabel("只看被拒绝的操作").CheckAsync();
        await director.Locator("[data-test=audit-run]").ClickAsync();
        await Assertions.Expect(refusal).ToBeVisibleAsync();
        await Assertions.Expect(director.Locator("[data-test=audit-record][data-outcome=done]")).ToHaveCountAsync(0);

        var district = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await district.GotoAsync("audit");
        await DemoAccounts.SignInWithSecondFactorAsync(district, DemoAccounts.DistrictAdmin);
        await district.GetByLabel("对象编号").FillAsync(fileId);
        await district.Locator("[data-test=audit-run]").ClickAsync();
        await Assertions.Expect(district.Locator($"[data-test=audit-record][data-outcome=denied][data-subject='{fileId}']")).ToContainTextAsync("jiangpu");
        await ConsoleBrowser.ScreenshotAsync(district, "audit-district");
        await Accessibility.AssertNoSeriousViolationsAsync(district);
    }

    [Fact]
    public async Task A_clerk_is_not_shown_the_trail_nor_given_it_by_its_address()
    {
        var clerk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await clerk.GotoAsync("audit");
        await DemoAccounts.SignInOnProviderAsync(clerk, DemoAccounts.JiangpuClerk);

        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
        await Assertions.Expect(clerk.Locator("[data-test=audit-search]")).ToHaveCountAsync(0);
        await Assertions.Expect(clerk.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToHaveCountAsync(0);
    }
}
