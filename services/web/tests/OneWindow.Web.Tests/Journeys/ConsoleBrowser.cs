using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// Debian's Chromium (the test command installs it with the CJK fonts), driven by Playwright for .NET: one browser
/// for the run, a fresh context (no cookies, zh-CN) for each person in a journey.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>The screens as the issue sizes them: a desk or display, and a kiosk standing upright.</summary>
    public static readonly ViewportSize Desk = new() { Width = 1920, Height = 1080 };

    public static readonly ViewportSize Kiosk = new() { Width = 1080, Height = 1920 };

    /// <summary>A grid manager's phone.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A social worker's tablet, held landscape at a household.</summary>
    public static readonly ViewportSize Tablet = new() { Width = 1024, Height = 768 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotFolder { get; } = Path.Combine(Checkout.Root, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        // An interactive page renders after its circuit starts and its first calls return: on the two cores CI has,
        // with every service of the stack beside the browser, a cold first render takes seconds. The journeys judge
        // what a person sees, not how fast (the benchmarks do), so they wait up to 15 s for it, not Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--lang=zh-CN"],
        });
    }

    /// <summary>A person's own browser window at the stack's address.</summary>
    public async Task<IPage> OpenAsync(Uri address, ViewportSize screen)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "zh-CN", ViewportSize = screen });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
