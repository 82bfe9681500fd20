using System.Net.Http.Json;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>First review in the browser: the reviewer's worklist, a file returned for what is missing, the head's escalated files.</summary>
public sealed class ReviewJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task A_reviewer_returns_a_file_from_the_worklist_and_the_resident_is_texted_once_what_to_bring()
    {
        var phone = $"139{Random.Shared.Next(10_000_000, 99_999_999)}";
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "dibao-review", phone);

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("review");
        await DemoAccounts.SignInOnProviderAsync(page, reviewer);
        var row = page.Locator("[data-test=worklist-file]", new() { Has = page.Locator($"a[href='/review/{fileId}']") });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-deadline", "OnTime");
        await Assertions.Expect(row).ToContainTextAsync("最低生活保障年审");
        await ConsoleBrowser.ScreenshotAsync(page, "review-worklist");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=review-status]")).ToHaveTextAsync("初审中");
        await page.GetByLabel("户口簿", new() { Exact = true }).CheckAsync();
        var preview = page.Locator("[data-test=return-preview]");
        await Assertions.Expect(preview).ToContainTextAsync("这将是第 1 次退回（最多 2 次）");
        await Assertions.Expect(preview).ToContainTextAsync("请携带：户口簿");
        await Assertions.Expect(preview).ToContainTextAsync("江浦路");
        await Assertions.Expect(preview).ToContainTextAsync("说明：缺少户口簿");
        var previewed = (await preview.Locator("blockquote").InnerTextAsync()).Trim();
        await ConsoleBrowser.ScreenshotAsync(page, "review-return");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-test=return]").DblClickAsync();

        await Assertions.Expect(page.Locator("[data-test=review-status]")).ToHaveTextAsync("等待补正");
        await Assertions.Expect(page.Locator("[data-test=review-returns]")).ToHaveTextAsync("已退回 1 次（最多 2 次）");
        await Assertions.Expect(page.Locator("[data-test=review-refusal]")).ToHaveCountAsync(0);
        var masked = phone[..3] + "****" + phone[^4..];
        var texts = await TextsToAsync(masked);
        Assert.Equal(previewed, Assert.Single(texts).Split('\t')[^1]);
    }

    [Fact]
    public async Task A_reviewer_sees_whether_the_household_qualifies_and_why_as_the_register_stands_when_the_file_is_opened()
    {
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "dibao-review", $"136{Random.Shared.Next(10_000_000, 99_999_999)}");
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        var householdId = (await StackApi.GetAsync(clerk, $"api/intake/v1/applications/{fileId}")).GetProperty("householdId").GetString();
        await PatchAsync(clerk, $"api/intake/v1/households/{householdId}", new { setBenefits = true, benefits = new[] { "dibao" } });

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync($"review/{fileId}");
        await DemoAccounts.SignInOnProviderAsync(page, reviewer);
        await Assertions.Expect(page.Locator("[data-test=eligibility-outcome]")).ToHaveTextAsync("符合");
        await Assertions.Expect(page.Locator("[data-test=eligibility-fact][data-fact=Benefits] td")).ToHaveTextAsync("最低生活保障申请");
        await Assertions.Expect(page.Locator("[data-test=eligibility-fact][data-fact=PerCapitaIncome] td")).ToHaveTextAsync("900.00 元");
        await Assertions.Expect(page.Locator("[data-test=eligibility-reason]")).ToContainTextAsync("符合条件");
        await Assertions.Expect(page.Locator("[data-test=pass]")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "review-file-eligibility");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The household's income rises after acceptance: the file opened again is judged on today's facts.
        await PatchAsync(clerk, $"api/intake/v1/households/{householdId}", new { monthlyIncome = "4800.00" });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-test=eligibility-outcome]")).ToHaveTextAsync("不符合");
        await Assertions.Expect(page.Locator("[data-test=eligibility-fact][data-fact=PerCapitaIncome] td")).ToHaveTextAsync("4,800.00 元");
        await Assertions.Expect(page.Locator("[data-test=eligibility-rule]")).ToContainTextAsync("PerCapitaIncome < 1510");
        await Assertions.Expect(page.Locator("[data-test=eligibility-notice]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_file_returned_twice_is_escalated_by_its_reviewer_and_decided_by_the_head()
    {
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "dibao-review", $"137{Random.Shared.Next(10_000_000, 99_999_999)}");
        using var reviewerApi = await DemoAccounts.ApiAsAsync(stack.Address, reviewer);
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        for (var round = 1; round <= 2; round++)
        {
            await StackApi.PostAsync(reviewerApi, $"api/review/v1/files/{fileId}:return", new { issues = new[] { new { materialCode = "hukou-book", kind = "ISSUE_KIND_WRONG", note = "户主姓名与身份证不符" } } });
            await StackApi.EventuallyAsync(async () => (await StackApi.GetAsync(clerk, $"api/intake/v1/applications/{fileId}")).GetProperty("status").GetString() == "FILE_STATUS_RETURNED");
            await StackApi.PostAsync(clerk, $"api/intake/v1/applications/{fileId}:supplement", new { materials = new[] { "hukou-book" } });
            await StackApi.EventuallyAsync(async () => (await StackApi.GetAsync(reviewerApi, $"api/review/v1/files/{fileId}")).GetProperty("status").GetString() == "FILE_STATUS_IN_REVIEW");
        }

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync($"review/{fileId}");
        await DemoAccounts.SignInOnProviderAsync(page, reviewer);
        await Assertions.Expect(page.Locator("[data-test=review-returns]")).ToHaveTextAsync("已退回 2 次（最多 2 次）");
        await page.GetByLabel("户口簿", new() { Exact = true }).CheckAsync();
        await page.Locator("[data-test=return]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=review-refusal]")).ToContainTextAsync("已退回两次");
        await page.GetByLabel("户口簿", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("升级至科长的理由").FillAsync("两次补正后户口簿仍与申请人不符");
        await page.Locator("[data-test=escalate]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=review-status]")).ToHaveTextAsync("已升级至科长");

        var head = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await head.GotoAsync("review?view=Escalated");
        await DemoAccounts.SignInOnProviderAsync(head, StackApi.ReviewHead);
        await head.Locator($"a[href='/review/{fileId}']").ClickAsync();
        await Assertions.Expect(head.Locator("[data-test=review-status]")).ToHaveTextAsync("已升级至科长");
        await ConsoleBrowser.ScreenshotAsync(head, "review-escalated");
        await Accessibility.AssertNoSeriousViolationsAsync(head);
        await head.GetByLabel("不予通过的理由").FillAsync("申请人户籍不在本街道，不符合申请条件。");
        await head.Locator("[data-test=reject]").ClickAsync();

        await Assertions.Expect(head.Locator("[data-test=review-status]")).ToHaveTextAsync("不予通过");
        Assert.Equal(StackApi.ReviewHead, (await StackApi.GetAsync(reviewerApi, $"api/review/v1/files/{fileId}")).GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task The_head_of_first_review_sees_each_reviewers_load_and_who_has_asked_for_leave_and_sets_a_capacity()
    {
        const string reviewer = "jiangpu-s022";
        var nextWeek = OneWindow.Common.Time.ChinaTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var reviewerApi = await DemoAccounts.ApiAsAsync(stack.Address, reviewer))
        {
            await StackApi.PostAsync(reviewerApi, "api/hr-payroll/v1/leave", new { from = nextWeek, to = nextWeek, kind = "LEAVE_KIND_PERSONAL", reason = "家中有事" });
        }

        var head = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await head.GotoAsync("review");
        await DemoAccounts.SignInOnProviderAsync(head, StackApi.ReviewHead);
        await head.Locator("[data-test=team-link]").ClickAsync();

        var row = head.Locator($"[data-test=team-reviewer][data-staff={reviewer}]");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(head.Locator($"[data-test=leave-person][data-staff={reviewer}] td.leave-requested")).ToHaveCountAsync(1);
        await ConsoleBrowser.ScreenshotAsync(head, "review-team");
        await Accessibility.AssertNoSeriousViolationsAsync(head);

        await head.GetByLabel($"{reviewer} 的容量").FillAsync("9");
        await row.Locator("[data-test=set-capacity]").ClickAsync();
        await Assertions.Expect(head.Locator("[data-test=team-done]")).ToContainTextAsync($"已将 {reviewer} 的容量设为 9");
        await Assertions.Expect(row.Locator("[data-test=load]")).ToContainTextAsync("/ 9");
    }

    private static async Task PatchAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PatchAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    private async Task<List<string>> TextsToAsync(string maskedPhone)
    {
        List<string> texts = [];
        await StackApi.EventuallyAsync(() =>
        {
            texts = [.. stack.TextsSent().Where(line => line.Contains(maskedPhone, StringComparison.Ordinal))];
            return Task.FromResult(texts.Count > 0);
        });
        return texts;
    }
}
