using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>The demo district's people (docs/demo-district.md), as the journeys sign them in.</summary>
public static class DemoAccounts
{
    /// <summary>曹军, a clerk at Jiangpu Road's front windows.</summary>
    public const string JiangpuClerk = "jiangpu-s004";

    /// <summary>A member of staff on the device post, whose demo token issues tickets as a kiosk would.</summary>
    public const string JiangpuDevicePost = "jiangpu-s052";

    /// <summary>邓萱萱, head of a Jiangpu household holding dibao and public rental housing, both reviews due.</summary>
    public const string BundlingHeadName = "邓萱萱";

    public const string BundlingHeadIdNumber = "310107198808169861";

    /// <summary>沈超萱, head of another such household.</summary>
    public const string SecondHeadIdNumber = "310110195212136609";

    /// <summary>The demo password (Development only).</summary>
    public const string Password = "Demo2026onewindow";

    /// <summary>Signs in on the provider's page, where the console sent the browser.</summary>
    public static async Task SignInOnProviderAsync(IPage page, string staffId)
    {
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.GetByLabel("工号").FillAsync(staffId);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>A demo account's token from the Development-only demo grant, for what a journey does outside the browser.</summary>
    public static async Task<HttpClient> ApiAsAsync(Uri stack, string staffId)
    {
        var http = new HttpClient { BaseAddress = stack };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:onewindow:grant-type:demo-account",
            ["client_id"] = "onewindow-demo",
            ["scope"] = "onewindow",
            ["username"] = staffId,
        }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }
}
