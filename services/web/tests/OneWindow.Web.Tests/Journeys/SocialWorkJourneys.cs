using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.Common.Identity;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// Social work in the browser (社会工作部): a household a clerk referred after a resident asked for help at the window
/// becomes a case, visited at home with a tablet, with an assistance plan linking a policy the household qualifies for
/// and a resource from the centre's directory.
/// </summary>
public sealed class SocialWorkJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>A social worker of Jiangpu Road (not the department head).</summary>
    private const string Worker = "jiangpu-s036";

    [Fact]
    public async Task A_social_worker_takes_a_referral_into_a_case_with_a_home_visit_and_a_plan()
    {
        var householdId = await NewHouseholdAsync("700.00");
        using var clerkApi = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        var referral = await StackApi.PostAsync(clerkApi, "api/social-work/v1/referrals", new
        {
            householdId,
            source = "REFERRAL_SOURCE_RESIDENT_REQUEST",
            reason = "居民在窗口求助：失业半年，家中无收入来源",
        });
        var referralId = referral.GetProperty("referralId").GetString();

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("social");
        await DemoAccounts.SignInOnProviderAsync(page, Worker);
        var card = page.Locator($"[data-referral='{referralId}']");
        await Assertions.Expect(card).ToContainTextAsync("失业半年");
        await Assertions.Expect(card).ToContainTextAsync("居民求助");
        await ConsoleBrowser.ScreenshotAsync(page, "social");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await card.Locator("[data-test=accept]").DblClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/social/cases/", StringComparison.Ordinal));
        var caseId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await Assertions.Expect(page.Locator("[data-test=case-status]")).ToHaveTextAsync("接案");

        // At the household, on the tablet.
        await page.SetViewportSizeAsync(ConsoleBrowser.Tablet.Width, ConsoleBrowser.Tablet.Height);
        await page.Locator("[data-test=record-visit]").ClickAsync();
        var form = page.Locator("[data-test=visit-form]");
        await form.GetByLabel("走访目的").SelectOptionAsync(new SelectOptionValue { Label = "入户评估" });
        await form.GetByLabel("走访情况").FillAsync("户主独居，失业半年，无稳定收入；身体健康，有电工技能，愿意就业。");
        await ConsoleBrowser.ScreenshotAsync(page, "social-visit-tablet");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await form.Locator("[data-test=save-visit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=visit-done]")).ToContainTextAsync("走访记录已保存");
        await Assertions.Expect(page.Locator("[data-test=visit][data-status=Done]")).ToContainTextAsync("电工技能");

        await page.Locator("[data-test=advance-Assessment]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=case-status]")).ToHaveTextAsync("预估");
        await page.GetByLabel("经济困难").CheckAsync();
        await page.GetByLabel("就业", new() { Exact = true }).CheckAsync();
        await page.Locator("[data-test=describe]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=case-done]")).ToContainTextAsync("需求评估已保存");

        await page.GetByLabel("方案目标（每行一项）").FillAsync("三个月内实现就业\n落实家庭可享受的救助政策");
        await page.Locator("[data-test=draft-plan]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=plan-done]")).ToContainTextAsync("帮困方案已制定");
        var policy = page.Locator("[data-test=suggested-policy]").First;
        await Assertions.Expect(policy).ToBeVisibleAsync();
        await policy.Locator("[data-test=link-policy]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=linked-policy]")).ToHaveCountAsync(1);
        var match = page.Locator("[data-test=resource-match]", new() { HasText = "家政服务员职业技能培训班" });
        await match.Locator("[data-test=refer-resource]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=linked-resource]")).ToContainTextAsync("家政服务员职业技能培训班");

        // The electrician's skill the visit found, put to work: a job recommended, and what came of it.
        var jobs = page.Locator("[data-test=jobs]");
        await jobs.GetByLabel("家庭成员").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await jobs.GetByLabel("用人单位").FillAsync("江浦物业服务有限公司");
        await jobs.GetByLabel("岗位", new() { Exact = true }).FillAsync("物业电工");
        await jobs.Locator("[data-test=recommend]").ClickAsync();
        await Assertions.Expect(jobs.Locator("[data-test=jobs-done]")).ToHaveTextAsync("已推荐岗位：物业电工。");
        var recommendation = jobs.Locator("[data-test=recommendation]", new() { HasText = "物业电工" });
        await Assertions.Expect(recommendation).ToContainTextAsync("社*");
        await recommendation.Locator("[data-test=outcome-Hired]").ClickAsync();
        await Assertions.Expect(recommendation).ToHaveAttributeAsync("data-outcome", "Hired");
        await ConsoleBrowser.ScreenshotAsync(page, "social-case");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The department's other pages: the silent-family scan (run in the background: the worker starts it, reads the
        // statistics meanwhile and comes back to its outcome), and the statistics as the articles word them.
        await page.SetViewportSizeAsync(ConsoleBrowser.Desk.Width, ConsoleBrowser.Desk.Height);
        await page.GotoAsync("social/silent-families");
        await page.Locator("[data-test=scan]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=scan-scanning], [data-test=scan-result]")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "social-silent-families");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("social/statistics");
        await page.Locator("[data-test=statistics-read]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=statistics-report]").First).Not.ToBeEmptyAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "social-statistics");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync("social/silent-families");
        await Assertions.Expect(page.Locator("[data-test=scan-result]")).ToContainTextAsync("本次排查", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-test=finding]").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "social-silent-families-scanned");

        using var workerApi = await DemoAccounts.ApiAsAsync(stack.Address, Worker);
        var plan = await StackApi.GetAsync(workerApi, $"api/social-work/v1/cases/{caseId}/plan");
        Assert.Equal((1, 1), (plan.GetProperty("policies").GetArrayLength(), plan.GetProperty("resources").GetArrayLength()));
        var recommended = await StackApi.GetAsync(workerApi, $"api/social-work/v1/job-recommendations?householdId={householdId}");
        Assert.Equal(("物业电工", "RECOMMENDATION_OUTCOME_HIRED"), (recommended.GetProperty("recommendations")[0].GetProperty("position").GetString(), recommended.GetProperty("recommendations")[0].GetProperty("outcome").GetString()));
        var visits = await StackApi.GetAsync(workerApi, $"api/social-work/v1/visits?caseId={caseId}");
        Assert.Equal("VISIT_STATUS_DONE", visits.GetProperty("visits")[0].GetProperty("status").GetString());
        var socialCase = await StackApi.GetAsync(workerApi, $"api/social-work/v1/cases/{caseId}");
        Assert.Equal((Worker, "CASE_STATUS_ASSESSMENT"), (socialCase.GetProperty("leadWorker").GetString(), socialCase.GetProperty("status").GetString()));
    }

    /// <summary>A one-person household of Jiangpu Road registered at the desk, once social work has heard of it.</summary>
    private async Task<string> NewHouseholdAsync(string monthlyIncome)
    {
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        var idNumber = ResidentIdNumber.Compose("310110", new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 5_000)), Random.Shared.Next(0, 1000));
        var household = await StackApi.PostAsync(clerk, "api/intake/v1/households", new
        {
            address = "杨浦区江浦路100弄9号301室",
            grid = "JP-G02",
            monthlyIncome,
            members = new[] { new { name = "社工测试", idNumber, phone = $"137{Random.Shared.Next(10_000_000, 99_999_999)}", hukouDistrict = "310110", relation = "RELATION_HEAD" } },
        });
        var householdId = household.GetProperty("householdId").GetString()!;
        using var worker = await DemoAccounts.ApiAsAsync(stack.Address, Worker);
        await StackApi.EventuallyAsync(async () =>
        {
            using var response = await worker.GetAsync($"api/social-work/v1/households/{householdId}", TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).TryGetProperty("perCapitaIncome", out _);
        });
        return householdId;
    }
}
