using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// Jiangpu Road's director, 蔡怡怡, approving devices on the provider's page: signed in once (her post needs the second
/// factor, enrolled at the first sign-in with the key the page shows), then approving each device whose screen shows a code.
/// </summary>
public sealed class DeviceFlow(ConsoleBrowser browser, RunStack stack)
{
    private IPage? _director;

    /// <summary>Opens a device page on the device's screen, which sends it to sign in; approves it; waits for the page.</summary>
    public async Task ApproveAsync(IPage device, string page, string number, string kind, string? window = null)
    {
        await device.GotoAsync(page.TrimStart('/'));
        await device.WaitForURLAsync(url => url.EndsWith("/device", StringComparison.Ordinal));
        var code = (await device.Locator("[data-test=user-code]").TextContentAsync())!.Trim();

        var director = await DirectorAsync();
        await director.GotoAsync("connect/verify");
        await director.GetByLabel("设备代码").FillAsync(code);
        await director.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await director.GetByLabel("设备编号").FillAsync(number);
        await director.GetByLabel("设备类型").SelectOptionAsync(kind);
        if (window is not null)
        {
            await director.GetByLabel("绑定窗口号").FillAsync(window);
        }

        await director.GetByRole(AriaRole.Button, new() { Name = "批准登录" }).ClickAsync();

        // The device's page comes back by itself (every 5 s) and finds itself approved.
        await device.WaitForURLAsync(url => url.EndsWith(page, StringComparison.Ordinal), new() { Timeout = 20_000 });
    }

    /// <summary>The director's browser, signed in at the provider (her console sign-in needs no second code then).</summary>
    public async Task<IPage> DirectorAsync()
    {
        if (_director is not null)
        {
            return _director;
        }

        _director = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await _director.GotoAsync("connect/verify");
        await DemoAccounts.SignInWithSecondFactorAsync(_director, DemoAccounts.JiangpuDirector);
        await _director.WaitForURLAsync(url => url.Contains("/connect/verify", StringComparison.Ordinal));
        return _director;
    }
}
