using Microsoft.Playwright;
using OtpNet;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>A device signs in: its screen shows a code, the centre's director approves it on the provider's page.</summary>
public static class DeviceFlow
{
    /// <summary>Jiangpu Road's director, 蔡怡怡, whose post needs the second factor.</summary>
    public const string JiangpuDirector = "jiangpu-s001";

    private static readonly Dictionary<string, byte[]> Authenticators = [];

    public static async Task ApproveAsync(ConsoleBrowser browser, RunStack stack, IPage device, string page, string number, string kind, string? window = null)
    {
        await device.GotoAsync(page.TrimStart('/'));
        await device.WaitForURLAsync(url => url.EndsWith("/device", StringComparison.Ordinal));
        var code = (await device.Locator("[data-test=user-code]").TextContentAsync())!.Trim();

        var director = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.GotoAsync("connect/verify");
        await DemoAccounts.SignInOnProviderAsync(director, JiangpuDirector);
        await PassSecondFactorAsync(director, JiangpuDirector);
        await director.GetByLabel("设备代码").FillAsync(code);
        await director.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await director.GetByLabel("设备编号").FillAsync(number);
        await director.GetByLabel("设备类型").SelectOptionAsync(kind);
        if (window is not null)
        {
            await director.GetByLabel("绑定窗口号").FillAsync(window);
        }

        await director.GetByRole(AriaRole.Button, new() { Name = "批准登录" }).ClickAsync();
        await director.Context.CloseAsync();

        // The device's page comes back by itself (every 5 s) and finds itself approved.
        await device.WaitForURLAsync(url => url.EndsWith(page, StringComparison.Ordinal), new() { Timeout = 20_000 });
    }

    /// <summary>Enrols the authenticator at the first sign-in (the key the page shows), then gives the current code.</summary>
    private static async Task PassSecondFactorAsync(IPage page, string staffId)
    {
        await page.WaitForURLAsync(url => url.Contains("/account/second-factor", StringComparison.Ordinal));
        var key = page.Locator("code.secret");
        if (await key.CountAsync() > 0)
        {
            Authenticators[staffId] = Base32Encoding.ToBytes((await key.TextContentAsync())!.Trim());
        }

        await page.GetByLabel("动态口令").FillAsync(new Totp(Authenticators[staffId]).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
    }
}
