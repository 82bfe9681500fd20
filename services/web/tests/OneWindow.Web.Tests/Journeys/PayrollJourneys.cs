using System.Text;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// A month's payroll in the browser (人事薪酬): Jiangpu Road's HR administrator prepares it, the district's HR
/// administrator reviews it for the centre, the director — who had no hand in it — approves it, the bank file downloads,
/// HR records the payment, and a clerk reads the month on their own payslips.
/// </summary>
public sealed class PayrollJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>
    /// A month no other journey pays: the journeys share one stack, and an approved month is never prepared again.
    /// Version 1 of the demo scale is in force from 2025-01, and the seeded staff were hired before it.
    /// </summary>
    private const string Month = "2025-08";

    /// <summary>潘英, the district's HR administrator (no centre: she names Jiangpu Road to act on it).</summary>
    private const string DistrictHr = "yangpu-hr";

    [Fact]
    public async Task HR_runs_the_months_payroll_with_its_progress_shown_and_the_director_approves_it()
    {
        var hr = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await hr.GotoAsync("hr");
        await DemoAccounts.SignInWithSecondFactorAsync(hr, DemoAccounts.JiangpuHrAdmin);
        await Assertions.Expect(hr.Locator("[data-test=hr-areas]")).ToContainTextAsync("编制月度工资");
        await ConsoleBrowser.ScreenshotAsync(hr, "hr");
        await Accessibility.AssertNoSeriousViolationsAsync(hr);

        // The register the month is computed from, its ID numbers and bank accounts masked.
        await hr.GotoAsync("hr/staff");
        await Assertions.Expect(hr.Locator("[data-test=staff-member]").First).ToBeVisibleAsync();
        await Assertions.Expect(hr.Locator("[data-test=staff]")).ToContainTextAsync("*");
        await ConsoleBrowser.ScreenshotAsync(hr, "hr-staff");
        await Accessibility.AssertNoSeriousViolationsAsync(hr);
        await hr.GotoAsync("hr");

        await hr.Locator("[data-test=hr-payroll-link]").ClickAsync();
        await hr.GetByLabel("工资月份").FillAsync(Month);
        await ConsoleBrowser.ScreenshotAsync(hr, "hr-payroll");
        await Accessibility.AssertNoSeriousViolationsAsync(hr);
        await hr.Locator("[data-test=prepare]").ClickAsync();

        // The run opens at once and is computed in the background, its progress shown; HR may leave it and find it
        // again in the list, computing or computed.
        await hr.WaitForURLAsync(url => url.Contains("/hr/payroll/", StringComparison.Ordinal));
        var runPath = new Uri(hr.Url).AbsolutePath;
        await hr.GotoAsync("hr/payroll");
        await hr.Locator("[data-test=payroll-run]", new() { HasText = Month }).GetByRole(AriaRole.Link, new() { Name = Month }).ClickAsync();
        await hr.WaitForURLAsync(url => url.EndsWith(runPath, StringComparison.Ordinal));

        // Computed, its steps shown: prepared by HR, the review, approval and payment ahead.
        await Assertions.Expect(hr.Locator("[data-test=payroll-status]")).ToHaveTextAsync("已编制，待复核");
        var steps = hr.Locator("[data-test=payroll-step]");
        await Assertions.Expect(steps.Nth(0)).ToContainTextAsync($"已完成（{DemoAccounts.JiangpuHrAdmin}）");
        await Assertions.Expect(steps.Nth(1)).ToContainTextAsync("未办理");
        await Assertions.Expect(hr.Locator("[data-test=payslip]", new() { HasText = "jiangpu-s004" })).ToContainTextAsync("曹军");
        await ConsoleBrowser.ScreenshotAsync(hr, "hr-payroll-run");
        await Accessibility.AssertNoSeriousViolationsAsync(hr);

        // The district's HR administrator reviews it, naming the centre.
        var district = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await district.GotoAsync($"{runPath.TrimStart('/')}?centre=jiangpu");
        await DemoAccounts.SignInWithSecondFactorAsync(district, DistrictHr);
        await Assertions.Expect(district.Locator("[data-test=payroll-status]")).ToHaveTextAsync("已编制，待复核");
        await district.Locator("[data-test=review]").DblClickAsync();
        await Assertions.Expect(district.Locator("[data-test=payroll-status]")).ToHaveTextAsync("已复核，待主任审批");
        await Assertions.Expect(district.Locator("[data-test=payroll-refusal]")).ToHaveCountAsync(0);
        await Assertions.Expect(district.Locator("[data-test=approve]")).ToHaveCountAsync(0);

        // HR is not offered the approval; the director, who neither prepared nor reviewed it, is.
        await hr.ReloadAsync();
        await Assertions.Expect(hr.Locator("[data-test=payroll-waiting]")).ToContainTextAsync("等待主任审批");
        await Assertions.Expect(hr.Locator("[data-test=approve]")).ToHaveCountAsync(0);

        var director = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.GotoAsync(runPath.TrimStart('/'));
        await DemoAccounts.SignInWithSecondFactorAsync(director, DemoAccounts.JiangpuDirector);
        var directorSteps = director.Locator("[data-test=payroll-step]");
        await Assertions.Expect(directorSteps.Nth(1)).ToContainTextAsync($"已完成（{DistrictHr}）");
        await Assertions.Expect(director.Locator("[data-test=payroll-not-yours]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(director, "hr-payroll-approval");
        await Accessibility.AssertNoSeriousViolationsAsync(director);
        await director.Locator("[data-test=approve]").DblClickAsync();
        await Assertions.Expect(director.Locator("[data-test=payroll-status]")).ToHaveTextAsync("已审批，待银行发放");
        await Assertions.Expect(director.Locator("[data-test=payroll-refusal]")).ToHaveCountAsync(0);

        // HR downloads the bank file in the browser and records that the bank paid.
        await hr.ReloadAsync();
        var download = await hr.RunAndWaitForDownloadAsync(() => hr.Locator("[data-test=bank-file]").ClickAsync());
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("序号,工号,姓名,银行账号,实发金额", lines[0]);
        var netTotal = (await hr.Locator("[data-test=payroll-net-total]").TextContentAsync())!.Trim();
        Assert.EndsWith($",{netTotal}", lines[^1], StringComparison.Ordinal);
        Assert.StartsWith("合计,", lines[^1], StringComparison.Ordinal);

        await hr.Locator("[data-test=mark-paid]").ClickAsync();
        await Assertions.Expect(hr.Locator("[data-test=payroll-status]")).ToHaveTextAsync("已发放");
        await Assertions.Expect(hr.Locator("[data-test=payroll-done]")).ToContainTextAsync("已确认发放");
        await Assertions.Expect(steps.Nth(3)).ToContainTextAsync("银行已发放");

        // Paid, the month is on the clerk's own payslips, every line of it, as the run computed it.
        var clerkRow = hr.Locator("[data-test=payslip]", new() { HasText = DemoAccounts.JiangpuClerk });
        var clerkNet = (await clerkRow.Locator("td").Nth(16).TextContentAsync())!.Trim();
        var clerk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await clerk.GotoAsync("payslips");
        await DemoAccounts.SignInOnProviderAsync(clerk, DemoAccounts.JiangpuClerk);
        var payslip = clerk.Locator("[data-test=my-payslip]", new() { HasText = $"{Month} 月度工资" });
        await Assertions.Expect(payslip.Locator("[data-test=payslip-net]")).ToHaveTextAsync(clerkNet);
        await Assertions.Expect(payslip.Locator("[data-test=payslip-line]")).ToHaveCountAsync(14);
        await Assertions.Expect(payslip).ToContainTextAsync("曹军");
        await ConsoleBrowser.ScreenshotAsync(clerk, "payslips");
        await Accessibility.AssertNoSeriousViolationsAsync(clerk);
    }
}
