using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>Approval in the browser (政策法规部): a file passed by first review, approved by an officer who had no hand in it.</summary>
public sealed class ApprovalJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>胡涛浩, a policy officer of Jiangpu Road.</summary>
    private const string Officer = "jiangpu-s031";

    [Fact]
    public async Task An_officer_who_neither_accepted_nor_reviewed_a_file_approves_it_from_the_worklist()
    {
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "low-income-family", $"136{Random.Shared.Next(10_000_000, 99_999_999)}");
        using var reviewerApi = await DemoAccounts.ApiAsAsync(stack.Address, reviewer);
        await StackApi.PostAsync(reviewerApi, $"api/review/v1/files/{fileId}:pass", new { note = "材料齐全" });
        using var officerApi = await DemoAccounts.ApiAsAsync(stack.Address, Officer);
        await StackApi.EventuallyAsync(async () =>
        {
            using var response = await officerApi.GetAsync($"api/policy-law/v1/approvals/{fileId}", TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode;
        });

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("approvals");
        await DemoAccounts.SignInOnProviderAsync(page, Officer);
        var row = page.Locator("[data-test=approval-case]", new() { Has = page.Locator($"a[href='/approvals/{fileId}']") });
        await Assertions.Expect(row).ToContainTextAsync("低收入家庭认定");
        await Assertions.Expect(row).ToContainTextAsync("可以");
        await ConsoleBrowser.ScreenshotAsync(page, "approvals");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=approval-status]")).ToHaveTextAsync("待审批");
        await Assertions.Expect(page.Locator("[data-test=approval]")).ToContainTextAsync(reviewer);
        await page.GetByLabel("审批意见或理由").FillAsync("家庭人均收入低于认定标准，准予认定。");
        await ConsoleBrowser.ScreenshotAsync(page, "approval");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-test=approve]").DblClickAsync();

        await Assertions.Expect(page.Locator("[data-test=approval-status]")).ToHaveTextAsync("已批准");
        await Assertions.Expect(page.Locator("[data-test=approval-refusal]")).ToHaveCountAsync(0);
        var decided = await StackApi.GetAsync(officerApi, $"api/policy-law/v1/approvals/{fileId}");
        Assert.Equal((Officer, "APPROVAL_STATUS_APPROVED"), (decided.GetProperty("decidedBy").GetString(), decided.GetProperty("status").GetString()));
    }
}
