using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OtpNet;

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

    /// <summary>蔡怡怡, Jiangpu Road's director (her post needs the second factor).</summary>
    public const string JiangpuDirector = "jiangpu-s001";

    /// <summary>Jiangpu Road's HR administrator (second factor).</summary>
    public const string JiangpuHrAdmin = "jiangpu-s002";

    /// <summary>周涛敏, the district's administrator (no centre; second factor).</summary>
    public const string DistrictAdmin = "yangpu-admin";

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

    // The authenticator apps of the journeys' directors and administrators: the key each enrolled on the stack (the
    // stack lives as long as the test run, so one enrolment per worker) and the time step of the code last typed.
    private static readonly ConcurrentDictionary<string, byte[]> Authenticators = new();
    private static readonly ConcurrentDictionary<string, long> LastSteps = new();
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SecondFactorTurns = new();

    /// <summary>
    /// Signs in a worker whose post needs the second factor (director, HR, district admin): the password, then the
    /// authenticator's code, enrolling the key the page shows the first time.
    /// </summary>
    public static async Task SignInWithSecondFactorAsync(IPage page, string staffId)
    {
        await SignInOnProviderAsync(page, staffId);
        await page.WaitForURLAsync(url => url.Contains("/account/second-factor", StringComparison.Ordinal));
        var shown = page.Locator("code.secret");
        if (await shown.CountAsync() > 0)
        {
            Authenticators[staffId] = Base32Encoding.ToBytes((await shown.TextContentAsync())!.Trim());
        }

        // Journeys of different classes run at once and sign in the same director: one at a time per account picks a
        // step and has it verified, or two would type the same code and the provider would refuse the second as reused.
        var turn = SecondFactorTurns.GetOrAdd(staffId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            await page.GetByLabel("动态口令").FillAsync(await NextCodeAsync(staffId));
            await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// The authenticator's code for a step not yet used: the provider takes a code once, so a second sign-in within the
    /// same 30 seconds waits for the next code, as a person at the app would.
    /// </summary>
    private static async Task<string> NextCodeAsync(string staffId)
    {
        var totp = new Totp(Authenticators[staffId]);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        if (LastSteps.TryGetValue(staffId, out var last) && last >= step)
        {
            await Task.Delay(TimeSpan.FromSeconds(totp.RemainingSeconds() + 1));
            step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        }

        LastSteps[staffId] = step;
        return totp.ComputeTotp();
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
