using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneWindow.Common.Identity;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The district's register of centres (docs/adr/0028): a new centre registered in the console, its first clerk hired by
/// district HR, given an activation code on the staff register page, and signing in to open a window in it.
/// </summary>
public sealed class CentreRegisterJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task The_district_admin_registers_a_new_centre_and_a_clerk_hired_there_activates_the_account_and_opens_a_window_in_it()
    {
        // The journey's own centre: a code no earlier run has taken (codes are never reused).
        var code = $"journey-{Random.Shared.Next(100_000, 999_999)}";
        var clerkId = $"{code}-s001";
        using var districtHr = await DemoAccounts.ApiAsAsync(stack.Address, "yangpu-hr");
        districtHr.DefaultRequestHeaders.Add("X-OneWindow-Centre", code);
        var hire = new
        {
            staffId = clerkId, name = "新中心窗口人员", department = "DEPARTMENT_FRONT_WINDOWS", roles = new[] { "clerk" }, communityWorker = true,
            tier = 3, grade = 5, title = "PROFESSIONAL_TITLE_NONE", hiredOn = "2026-12-01",
            idNumber = ResidentIdNumber.Compose("310110", new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(0, 3_000)), Random.Shared.Next(0, 1000)),
            bankAccount = "6222000011112222",
        };
        // Before the centre is registered, no service takes it: HR cannot hire into it.
        Assert.Equal(HttpStatusCode.NotFound, (await districtHr.PostAsJsonAsync("api/hr-payroll/v1/staff", hire, TestContext.Current.CancellationToken)).StatusCode);

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("district/register");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.DistrictAdmin);
        await Assertions.Expect(page.Locator("[data-test=register-row][data-centre=jiangpu]")).ToContainTextAsync("江浦路街道社区事务受理服务中心");
        await page.GetByLabel("中心代码").FillAsync(code);
        await page.GetByLabel("中心名称").FillAsync("五角场街道社区事务受理服务中心");
        await page.GetByLabel("地址").FillAsync("杨浦区国和路100号");
        await page.GetByLabel("咨询电话").FillAsync("021-65430099");
        await page.Locator("[data-test=add-grid]").ClickAsync();
        await page.GetByLabel("第 1 个网格的代码").FillAsync("WJC-G01");
        await page.GetByLabel("第 1 个网格的名称").FillAsync("五角场第1网格");
        await page.Locator("[data-test=centre-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=centre-done]")).ToContainTextAsync($"已登记中心 {code}");
        await Assertions.Expect(page.Locator($"[data-test=register-row][data-centre={code}] [data-test=register-state]")).ToHaveTextAsync("在用");
        await ConsoleBrowser.ScreenshotAsync(page, "district-register");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // hr-payroll hears of the centre from intake's event (and the gateway reads the register again); then the hire goes through,
        // and identity opens the clerk's account, awaiting activation, when it hears of the hire.
        await StackApi.EventuallyAsync(async () => (await districtHr.PostAsJsonAsync("api/hr-payroll/v1/staff", hire, TestContext.Current.CancellationToken)).IsSuccessStatusCode);
        await StackApi.EventuallyAsync(async () => (await districtHr.GetAsync($"api/identity/v1/accounts/{clerkId}", TestContext.Current.CancellationToken)).IsSuccessStatusCode);

        // District HR gives the first clerk of the new centre the code of the first sign-in, on the staff register.
        var hr = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await hr.GotoAsync($"hr/staff?centre={code}");
        await DemoAccounts.SignInWithSecondFactorAsync(hr, "yangpu-hr");
        await hr.Locator("[data-test=staff-member]", new() { HasText = clerkId }).Locator("[data-test=issue-activation]").ClickAsync();
        var issued = hr.Locator("[data-test=activation-code]");
        await Assertions.Expect(issued).ToContainTextAsync($"{clerkId} 的激活码");
        var activation = Regex.Match(await issued.InnerTextAsync(), @"\d{4}-\d{4}").Value;
        await ConsoleBrowser.ScreenshotAsync(hr, "hr-staff-activation");
        await Accessibility.AssertNoSeriousViolationsAsync(hr);

        // The clerk sets a password with it, signs in and opens a window of the new centre.
        const string password = "Wujiaochang2026window";
        var desk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await desk.GotoAsync("desk");
        await desk.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await desk.GetByRole(AriaRole.Link, new() { Name = "用激活码设置密码" }).ClickAsync();
        await desk.GetByLabel("工号").FillAsync(clerkId);
        await desk.GetByLabel("激活码").FillAsync(activation);
        await desk.GetByLabel("新密码", new() { Exact = true }).FillAsync(password);
        await desk.GetByLabel("再次输入新密码").FillAsync(password);
        await desk.GetByRole(AriaRole.Button, new() { Name = "激活" }).ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await desk.GetByLabel("工号").FillAsync(clerkId);
        await desk.GetByLabel("密码").FillAsync(password);
        await desk.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));
        await desk.GetByLabel("窗口号").FillAsync("01");
        await desk.GetByRole(AriaRole.Button, new() { Name = "开窗" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync("01 号窗口");
    }
}
