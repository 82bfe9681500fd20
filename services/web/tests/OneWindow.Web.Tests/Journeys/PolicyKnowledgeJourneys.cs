using System.Globalization;
using Microsoft.Playwright;
using OneWindow.Common.Time;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// 政策法规部 keeps the one voice: an officer writes the answer the consultation window reads, records a training with
/// its attendees, and rechecks the month's sample of first reviews.
/// </summary>
public sealed class PolicyKnowledgeJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>胡涛浩, a policy officer of Jiangpu Road.</summary>
    private const string Officer = "jiangpu-s031";

    [Fact]
    public async Task A_clerk_finds_the_policy_answer_a_policy_officer_wrote()
    {
        var hotline = $"6521{Random.Shared.Next(1000, 9999)}";
        var answer = $"可以。子女凭本人身份证、老人身份证和户口簿到综合窗口办理代领，补贴仍发放到老人本人的社保卡。咨询电话{hotline}。";

        var officer = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await officer.GotoAsync("answers");
        await DemoAccounts.SignInOnProviderAsync(officer, Officer);
        await officer.Locator("[data-test=new-answer]").ClickAsync();
        await officer.Locator("#answer-item").SelectOptionAsync(new SelectOptionValue { Label = "高龄老人营养补贴" });
        await officer.GetByLabel("问题", new() { Exact = true }).FillAsync("高龄营养补贴可以由子女代领吗？");
        await officer.GetByLabel("答复口径", new() { Exact = true }).FillAsync(answer);
        await ConsoleBrowser.ScreenshotAsync(officer, "answers-edit");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);
        await officer.Locator("[data-test=save-answer]").DblClickAsync();
        await Assertions.Expect(officer.Locator("[data-test=answers-done]")).ToContainTextAsync("已保存问答");

        var clerk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await clerk.GotoAsync("answers");
        await DemoAccounts.SignInOnProviderAsync(clerk, DemoAccounts.JiangpuClerk);
        await Assertions.Expect(clerk.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "政策问答" })).ToBeVisibleAsync();
        await clerk.GetByLabel("居民所问的词语").FillAsync("高龄 代领");
        await clerk.Locator("[data-test=search-answers]").ClickAsync();

        var found = clerk.Locator("[data-test=answer]", new() { HasText = hotline });
        await Assertions.Expect(found).ToContainTextAsync("高龄营养补贴可以由子女代领吗？");
        await Assertions.Expect(found).ToContainTextAsync("所属事项：高龄老人营养补贴");
        await Assertions.Expect(clerk.Locator("[data-test=edit-answer]")).ToHaveCountAsync(0);
        await Assertions.Expect(clerk.Locator("[data-test=new-answer]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(clerk, "answers");
        await Accessibility.AssertNoSeriousViolationsAsync(clerk);
    }

    [Fact]
    public async Task A_policy_officer_records_a_training_and_a_quality_check_outcome()
    {
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "low-income-family", $"137{Random.Shared.Next(10_000_000, 99_999_999)}");
        using (var reviewerApi = await DemoAccounts.ApiAsAsync(stack.Address, reviewer))
        {
            await StackApi.PostAsync(reviewerApi, $"api/review/v1/files/{fileId}:pass", new { note = "材料齐全" });
        }

        using var officerApi = await DemoAccounts.ApiAsAsync(stack.Address, Officer);
        // The decision reaches policy-law with the event that opens the approval: then it can be sampled.
        await StackApi.EventuallyAsync(async () =>
        {
            using var response = await officerApi.GetAsync($"api/policy-law/v1/approvals/{fileId}", TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode;
        });

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("training");
        await DemoAccounts.SignInOnProviderAsync(page, Officer);
        var title = $"高龄津贴申请口径培训（第{Random.Shared.Next(100, 999)}期）";
        await page.GetByLabel("培训主题").FillAsync(title);
        await page.GetByLabel("高龄老人营养补贴", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("参加人员（工号）").FillAsync("jiangpu-s004、jiangpu-s022");
        await page.Locator("[data-test=record-training]").DblClickAsync();
        await Assertions.Expect(page.Locator("[data-test=training-done]")).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("[data-test=session]", new() { HasText = title })).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看人员：高龄老人营养补贴" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=coverage-detail]")).ToContainTextAsync("jiangpu-s022");
        await ConsoleBrowser.ScreenshotAsync(page, "training");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var sessions = await StackApi.GetAsync(officerApi, "api/policy-law/v1/training?itemCode=elderly-allowance");
        Assert.Single(sessions.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("title").GetString() == title);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "质量抽查" }).ClickAsync();
        await page.GetByLabel("每位初审人员抽取件数").FillAsync("20");
        await page.Locator("[data-test=draw-sample]").ClickAsync();
        var row = page.Locator($"[data-test=check][data-file='{fileId}']");
        await Assertions.Expect(row).ToContainTextAsync(reviewer);
        await Assertions.Expect(row.Locator("[data-test=check-outcome]")).ToHaveTextAsync("待复查");
        await ConsoleBrowser.ScreenshotAsync(page, "quality");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await row.Locator("[data-test=check-correct]").DblClickAsync();

        await Assertions.Expect(row.Locator("[data-test=check-outcome]")).ToHaveTextAsync($"正确（{Officer}）");
        await Assertions.Expect(page.Locator("[data-test=quality-refusal]")).ToHaveCountAsync(0);
        // The month's checks of the shared stack, reviewer by reviewer: the largest page holds every one of them.
        var month = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var checks = await StackApi.GetAsync(officerApi, $"api/policy-law/v1/quality-checks?month={month}&pageSize=200");
        var check = Assert.Single(checks.GetProperty("checks").EnumerateArray(), c => c.GetProperty("fileId").GetString() == fileId);
        Assert.Equal(("correct", Officer), (check.GetProperty("outcome").GetString(), check.GetProperty("checkedBy").GetString()));
    }
}
