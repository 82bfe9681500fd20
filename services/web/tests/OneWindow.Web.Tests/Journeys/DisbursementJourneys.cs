using System.Text;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// Paying a benefit in the browser (资金发放): a policy officer prepares the month's batch, the director — never the
/// preparer — approves it, the bank file is downloaded, the bank's return file settles it, and a payment is corrected.
/// </summary>
public sealed class DisbursementJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>胡涛浩, a policy officer of Jiangpu Road, who approves the benefit.</summary>
    private const string ApprovingOfficer = "jiangpu-s031";

    /// <summary>Jiangpu Road's head of the policy-and-law department, also a policy officer, who prepares the batch.</summary>
    private const string Preparer = "jiangpu-s030";

    [Fact]
    public async Task A_policy_officer_prepares_a_batch_the_director_approves_it_and_the_bank_file_is_downloaded()
    {
        var householdId = await ApprovedElderlyAllowanceAsync();

        var officer = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await officer.GotoAsync("disbursement");
        await DemoAccounts.SignInOnProviderAsync(officer, Preparer);
        await Assertions.Expect(officer.Locator("[data-test=prepare]")).ToBeEnabledAsync();
        await ConsoleBrowser.ScreenshotAsync(officer, "disbursement");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);
        await officer.Locator("[data-test=prepare]").DblClickAsync();

        await officer.WaitForURLAsync(url => url.Contains("/disbursement/batches/", StringComparison.Ordinal));
        var batchPath = new Uri(officer.Url).AbsolutePath.TrimStart('/');
        var entry = officer.Locator("[data-test=ledger-entry]", new() { HasText = householdId });
        await Assertions.Expect(entry).ToContainTextAsync("高龄老人营养补贴");
        await Assertions.Expect(entry).ToContainTextAsync("150.00 元");
        await Assertions.Expect(officer.Locator("[data-test=batch-status]")).ToHaveTextAsync("待主任审批");
        await Assertions.Expect(officer.Locator("[data-test=batch-not-yours]")).ToContainTextAsync("本批次由您编制");
        await Assertions.Expect(officer.Locator("[data-test=approve-batch]")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.Locator("[data-test=export-batch]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(officer, "disbursement-batch-prepared");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);

        var director = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.GotoAsync(batchPath);
        await DemoAccounts.SignInWithSecondFactorAsync(director, DemoAccounts.JiangpuDirector);
        await Assertions.Expect(director.Locator("[data-test=ledger-entry]", new() { HasText = householdId })).ToContainTextAsync("150.00 元");
        await Assertions.Expect(director.Locator("[data-test=batch-not-yours]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(director, "disbursement-batch-director");
        await Accessibility.AssertNoSeriousViolationsAsync(director);
        await director.Locator("[data-test=approve-batch]").DblClickAsync();
        await Assertions.Expect(director.Locator("[data-test=batch-status]")).ToHaveTextAsync("已审批，待导出银行文件");
        await Assertions.Expect(director.Locator("[data-test=batch-approved-by]")).ToHaveTextAsync(DemoAccounts.JiangpuDirector);
        await Assertions.Expect(director.Locator("[data-test=batch-refusal]")).ToHaveCountAsync(0);

        await officer.ReloadAsync();
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("[data-test=export-batch]").ClickAsync());
        var bankFile = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var line = Assert.Single(bankFile.Split('\n'), l => l.Contains(householdId, StringComparison.Ordinal));
        Assert.EndsWith(",elderly-allowance," + ThisMonth() + ",150.00", line, StringComparison.Ordinal);
        await Assertions.Expect(officer.Locator("[data-test=batch-status]")).ToHaveTextAsync("已导出，待银行回盘");

        // The bank pays every line of the file and says so in its return file.
        var returned = string.Join('\n', bankFile.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select((l, i) => $"{l.Split(',')[0]},paid,BANK{i:0000}"));
        await officer.Locator("[data-test=bank-return]").SetInputFilesAsync(new FilePayload { Name = "return.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(returned) });
        await Assertions.Expect(officer.Locator("[data-test=batch-bank-result]")).ToContainTextAsync("失败 0 笔");
        await Assertions.Expect(officer.Locator("[data-test=batch-status]")).ToHaveTextAsync("已结算");
        await ConsoleBrowser.ScreenshotAsync(officer, "disbursement-batch-settled");

        // A payment made in error is reversed with a reason: the ledger keeps both lines and balances to nothing.
        await officer.GotoAsync($"disbursement/ledger?household={householdId}");
        await officer.Locator("[data-test=ledger-entry]", new() { HasText = "发放" }).Locator("[data-test=reverse-open]").ClickAsync();
        await officer.GetByLabel("冲销原因").FillAsync("户籍迁出本区，本月不应发放");
        await officer.Locator("[data-test=reverse]").DblClickAsync();
        await Assertions.Expect(officer.Locator("[data-test=ledger-entry]")).ToHaveCountAsync(2);
        await Assertions.Expect(officer.Locator("[data-test=ledger]")).ToContainTextAsync("余额 0.00 元");
        await Assertions.Expect(officer.Locator("[data-test=ledger]")).ToContainTextAsync("户籍迁出本区");
        await ConsoleBrowser.ScreenshotAsync(officer, "disbursement-ledger");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);

        await officer.GotoAsync("disbursement/schedules");
        await officer.GetByLabel("家庭编号").FillAsync(householdId);
        await officer.Locator("[data-test=schedules-search]").ClickAsync();
        await Assertions.Expect(officer.Locator("[data-test=schedule]")).ToContainTextAsync("持续发放");
        await ConsoleBrowser.ScreenshotAsync(officer, "disbursement-schedules");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);
    }

    /// <summary>An 80-odd-year-old of Jiangpu Road granted the nutrition allowance (150 元 a month by the item's rule); returns the household.</summary>
    private async Task<string> ApprovedElderlyAllowanceAsync()
    {
        var born = new DateOnly(1938, 1, 1).AddDays(Random.Shared.Next(0, 2_500));
        var (fileId, reviewer) = await StackApi.AcceptedForReviewAsync(stack, "elderly-allowance", $"137{Random.Shared.Next(10_000_000, 99_999_999)}", born: born);
        using var reviewerApi = await DemoAccounts.ApiAsAsync(stack.Address, reviewer);
        await StackApi.PostAsync(reviewerApi, $"api/review/v1/files/{fileId}:pass", new { note = "材料齐全" });
        using var officerApi = await DemoAccounts.ApiAsAsync(stack.Address, ApprovingOfficer);
        await StackApi.EventuallyAsync(async () =>
        {
            using var response = await officerApi.GetAsync($"api/policy-law/v1/approvals/{fileId}", TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode;
        });
        var approved = await StackApi.PostAsync(officerApi, $"api/policy-law/v1/approvals/{fileId}:approve", new { monthlyAmount = "150.00" });
        return approved.GetProperty("householdId").GetString()!;
    }

    private static string ThisMonth() => OneWindow.Common.Time.ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
