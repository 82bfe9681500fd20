using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// Approval in the browser (政策法规部): a file passed by first review, approved by an officer who had no hand in it,
/// and its result taken to the resident's home by the grid manager (最多跑一次).
/// </summary>
public sealed class ApprovalJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>胡涛浩, a policy officer of Jiangpu Road.</summary>
    private const string Officer = "jiangpu-s031";

    /// <summary>萧强敏, the grid manager of JP-G02, where the journeys' households live.</summary>
    private const string GridManager = "jiangpu-s043";

    [Fact]
    public async Task An_officer_who_neither_accepted_nor_reviewed_a_file_approves_it_and_the_grid_manager_takes_the_result_home()
    {
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "low-income-family", $"136{Random.Shared.Next(10_000_000, 99_999_999)}", "DELIVERY_METHOD_HOME_DELIVERY");
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

        // The result goes home: notification gives the task to the household's grid manager, who confirms at the door.
        using var gridApi = await DemoAccounts.ApiAsAsync(stack.Address, GridManager);
        string? taskId = null;
        await StackApi.EventuallyAsync(async () =>
        {
            var tasks = await StackApi.GetAsync(gridApi, "api/notification/v1/delivery-tasks?openOnly=true");
            taskId = tasks.GetProperty("tasks").EnumerateArray().Where(t => t.GetProperty("fileId").GetString() == fileId).Select(t => t.GetProperty("taskId").GetString()).FirstOrDefault();
            return taskId is not null;
        });
        var phone = await browser.OpenAsync(stack.Address, ConsoleBrowser.Phone);
        await phone.GotoAsync("deliveries");
        await DemoAccounts.SignInOnProviderAsync(phone, GridManager);
        var card = phone.Locator("[data-test=delivery-task]", new() { HasText = "低收入家庭认定" });
        await Assertions.Expect(card).ToContainTextAsync("江浦路100弄7号202室");
        await card.Locator("[data-test=open-task]").ClickAsync();
        await card.GetByLabel("签收人姓名").FillAsync("审查测试");
        await card.GetByLabel("回执编号").FillAsync("JP-G02-0001");
        await ConsoleBrowser.ScreenshotAsync(phone, "deliveries");
        await Accessibility.AssertNoSeriousViolationsAsync(phone);
        await card.Locator("[data-test=confirm]").ClickAsync();

        await Assertions.Expect(phone.Locator("[data-test=delivery-done]")).ToContainTextAsync("已确认送达");
        var delivered = await StackApi.GetAsync(gridApi, $"api/notification/v1/delivery-tasks/{taskId}");
        Assert.Equal(("TASK_STATUS_DELIVERED", "审查测试"), (delivered.GetProperty("status").GetString(), delivered.GetProperty("receivedBy").GetString()));
    }

    [Fact]
    public async Task An_amount_above_the_items_limit_is_approved_by_an_officer_and_confirmed_by_the_director_before_it_is_paid()
    {
        // An 80-odd-year-old: the rule gives 150 元 a month; the officer approves 600 元 with a reason, above the demo
        // catalogue's limit of 300 元 for the nutrition allowance, so the director confirms it.
        var born = new DateOnly(1938, 1, 1).AddDays(Random.Shared.Next(0, 2_500));
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "elderly-allowance", $"135{Random.Shared.Next(10_000_000, 99_999_999)}", born: born);
        using var reviewerApi = await DemoAccounts.ApiAsAsync(stack.Address, reviewer);
        await StackApi.PostAsync(reviewerApi, $"api/review/v1/files/{fileId}:pass", new { note = "材料齐全" });
        using var officerApi = await DemoAccounts.ApiAsAsync(stack.Address, Officer);
        await StackApi.EventuallyAsync(async () =>
        {
            using var response = await officerApi.GetAsync($"api/policy-law/v1/approvals/{fileId}", TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode;
        });
        var waiting = await StackApi.PostAsync(officerApi, $"api/policy-law/v1/approvals/{fileId}:approve", new { monthlyAmount = "600.00", amountReason = "独居且重度失能，经评估按最高档发放" });
        Assert.Equal("APPROVAL_STATUS_AWAITING_DIRECTOR", waiting.GetProperty("status").GetString());

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("approvals?status=AwaitingDirector");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.JiangpuDirector);
        var row = page.Locator("[data-test=approval-case]", new() { Has = page.Locator($"a[href='/approvals/{fileId}']") });
        await Assertions.Expect(row).ToContainTextAsync("高龄老人营养补贴");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=approval-status]")).ToHaveTextAsync("待主任确认");
        await Assertions.Expect(page.Locator("[data-test=approval-approved-amount]")).ToContainTextAsync("独居且重度失能");
        await ConsoleBrowser.ScreenshotAsync(page, "approval-director");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-test=confirm]").DblClickAsync();

        await Assertions.Expect(page.Locator("[data-test=approval-status]")).ToHaveTextAsync("已批准");
        await Assertions.Expect(page.Locator("[data-test=approval-refusal]")).ToHaveCountAsync(0);
        var confirmed = await StackApi.GetAsync(officerApi, $"api/policy-law/v1/approvals/{fileId}");
        Assert.Equal(("APPROVAL_STATUS_APPROVED", DemoAccounts.JiangpuDirector), (confirmed.GetProperty("status").GetString(), confirmed.GetProperty("confirmedBy").GetString()));
    }
}
