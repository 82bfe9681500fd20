using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.Testing;
using OneWindow.Web.Tests.Journeys;

namespace OneWindow.Web.Tests.Benchmarks;

/// <summary>
/// The front hall's benchmark, run on demand on the run command's stack the journeys start
/// (<c>dotnet test -c Release services/web/tests/OneWindow.Web.Tests --filter FrontHallBenchmark -- xUnit.Explicit=only</c>):
/// Jiangpu Road's clerk at window 03 and the hall display, in Chromium through the gateway, first on a quiet stack (the
/// baseline), then under <see cref="TicketLoad"/>. The desk is an interactive page rendered on the server (Blazor
/// Server, no prerendering), so its server time is measured three ways: the page's document (<c>GET /desk</c> with the
/// clerk's session), the desk opened in Chromium until it shows the clerk's window (document, circuit, intake's reads,
/// the render), and the click on 叫号 until the desk shows the call (the event through the circuit, intake's call-next,
/// the render). Then how long after that click the call shows on the hall display. Times of the pages are the one
/// browser's clock. Settings (environment): FRONT_HALL_BENCH_RATE (tickets a second of the load, 16),
/// FRONT_HALL_BENCH_PAGES (document reads a pass, 200), FRONT_HALL_BENCH_OPENS (desk openings a pass, 30),
/// FRONT_HALL_BENCH_CALLS (calls a pass, 60).
/// </summary>
public sealed class FrontHallBenchmark(RunStack stack, ConsoleBrowser browser)
{
    private const string Window = "03";

    /// <summary>Every text the element has shown, with when it first showed (ms since the epoch).</summary>
    private const string Watch = """
        selector => {
          window.shownAt = {};
          const note = () => {
            const call = document.querySelector(selector);
            const text = call?.textContent.replace(/\s+/g, ' ').trim();
            if (text && !(text in window.shownAt)) window.shownAt[text] = Date.now();
          };
          new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
          note();
        }
        """;

    /// <summary>Clicks 叫号 and says when (ms since the epoch), in one step, so nothing of the test's own falls between.</summary>
    private const string CallNext = """
        () => { const at = Date.now(); document.querySelector('button[title="Alt+N"]').click(); return at; }
        """;

    [Fact(Explicit = true)]
    public async Task The_desk_page_and_a_call_on_the_hall_display_quiet_and_under_the_ticket_load()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var rate = Setting("FRONT_HALL_BENCH_RATE", 16);
        var pages = Setting("FRONT_HALL_BENCH_PAGES", 200);
        var opens = Setting("FRONT_HALL_BENCH_OPENS", 30);
        var calls = Setting("FRONT_HALL_BENCH_CALLS", 60);

        var desk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await desk.GotoAsync("desk");
        await DemoAccounts.SignInOnProviderAsync(desk, DemoAccounts.JiangpuClerk);
        await desk.WaitForURLAsync(url => url.EndsWith("/desk", StringComparison.Ordinal));
        await desk.GetByLabel("窗口号").FillAsync(Window);
        await desk.GetByRole(AriaRole.Button, new() { Name = "开窗" }).ClickAsync();
        await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync($"{Window} 号窗口");

        var display = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await new DeviceFlow(browser, stack).ApproveAsync(display, "/display", number: "display-bench", kind: "hall-display");
        await display.EvaluateAsync(Watch, "[data-test=current-call]");

        using var kiosk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuDevicePost);
        using var session = await SessionOfAsync(desk);

        await ReadDeskAsync(session, 20);
        await OpenDeskAsync(desk, 3);
        await CallAsync(desk, display, kiosk, 3);
        var quiet = await PassAsync(desk, display, kiosk, session, pages, opens, calls);
        Pass loaded;
        var ticketLoad = await TicketLoad.StartAsync(stack.Address, rate);
        await using (ticketLoad)
        {
            loaded = await PassAsync(desk, display, kiosk, session, pages, opens, calls);
        }

        var report = string.Join(Environment.NewLine, [
            $"Front hall, {DateTime.UtcNow:yyyy-MM-dd} UTC, {Environment.ProcessorCount} cores; load: {ticketLoad.Describe()}",
            "",
            "| measured | quiet (baseline) p50 / p95 / p99 | under the ticket load p50 / p95 / p99 | p95 ratio |",
            "|---|---|---|---|",
            Row($"desk document (GET /desk, {pages} reads)", quiet.Document, loaded.Document),
            Row($"desk opened until it shows the window ({opens} openings)", quiet.Opened, loaded.Opened),
            Row($"叫号 clicked until the desk shows the call ({calls} calls)", quiet.Called, loaded.Called),
            Row($"叫号 clicked until the hall display shows the call ({calls} calls)", quiet.Shown, loaded.Shown),
        ]);
        output.WriteLine(report);
        var folder = Path.Combine(Checkout.Root, "artifacts", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "front-hall.md"), report + Environment.NewLine, TestContext.Current.CancellationToken);

        // Every call reached the display: a figure over fewer calls than asked would flatter the tail.
        Assert.Equal(calls, quiet.Shown.Count);
        Assert.Equal(calls, loaded.Shown.Count);
    }

    private static async Task<Pass> PassAsync(IPage desk, IPage display, HttpClient kiosk, HttpClient session, int pages, int opens, int calls)
    {
        var document = await ReadDeskAsync(session, pages);
        var opened = await OpenDeskAsync(desk, opens);
        var (called, shown) = await CallAsync(desk, display, kiosk, calls);
        return new Pass(document, opened, called, shown);
    }

    /// <summary>An HTTP client carrying the clerk's console session from the browser (the console's cookies only).</summary>
    private async Task<HttpClient> SessionOfAsync(IPage desk)
    {
        var cookies = await desk.Context.CookiesAsync([stack.Address.ToString()]);
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = stack.Address };
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        return client;
    }

    /// <summary>The desk page read <paramref name="reads"/> times, one after another as one clerk's browser would; each must be the page, not a sign-in redirect.</summary>
    private static async Task<List<double>> ReadDeskAsync(HttpClient session, int reads)
    {
        var times = new List<double>(reads);
        for (var i = 0; i < reads; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await session.GetAsync("desk");
            var page = await response.Content.ReadAsStringAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("窗口工作台", page, StringComparison.Ordinal);
        }

        return times;
    }

    /// <summary>The desk opened afresh <paramref name="count"/> times, each until it shows the clerk's open window; then watched for calls.</summary>
    private static async Task<List<double>> OpenDeskAsync(IPage desk, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await desk.GotoAsync("desk");
            await Assertions.Expect(desk.Locator("[data-test=window-state]")).ToContainTextAsync($"{Window} 号窗口");
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        await desk.EvaluateAsync(Watch, "[data-test=ticket]");
        return times;
    }

    /// <summary>
    /// <paramref name="count"/> residents: a ticket from the kiosk, 叫号 at the desk, the call awaited on the display, then
    /// 过号 so the next one can be called. Jiangpu Road's comprehensive queue has no other tickets, so the call is this one.
    /// </summary>
    private static async Task<(List<double> Called, List<double> Shown)> CallAsync(IPage desk, IPage display, HttpClient kiosk, int count)
    {
        var called = new List<double>(count);
        var shown = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            using var issued = await kiosk.PostAsJsonAsync("api/intake/v1/tickets", new { windowType = "WINDOW_TYPE_COMPREHENSIVE", priority = false });
            issued.EnsureSuccessStatusCode();
            var number = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
            var call = $"请 {number} 号到 {Window} 号窗口办理";

            // The desk takes one action at a time: the click counts once the last one has finished.
            await Assertions.Expect(desk.Locator("button[title='Alt+N']")).ToBeEnabledAsync();
            var clicked = await desk.EvaluateAsync<double>(CallNext);
            var onDesk = await desk.WaitForFunctionAsync("ticket => window.shownAt[ticket]", $"{number} 已叫号", new() { Timeout = 30_000 });
            var onDisplay = await display.WaitForFunctionAsync("call => window.shownAt[call]", call, new() { Timeout = 30_000 });
            called.Add(await onDesk.JsonValueAsync<double>() - clicked);
            shown.Add(await onDisplay.JsonValueAsync<double>() - clicked);

            await desk.Locator("button[title='Alt+X']").ClickAsync();
            await Assertions.Expect(desk.Locator("button[title='Alt+X']")).ToBeDisabledAsync();
        }

        return (called, shown);
    }

    private static string Row(string measured, List<double> quiet, List<double> loaded) =>
        $"| {measured} | {Figures(quiet)} | {Figures(loaded)} | {Percentiles.Of(loaded, 0.95) / Percentiles.Of(quiet, 0.95):0.00}× |";

    private static string Figures(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Percentiles.Of(values, 0.50):0} / {Percentiles.Of(values, 0.95):0} / {Percentiles.Of(values, 0.99):0} ms");

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>One pass of the measurements, quiet or under the load.</summary>
    private sealed record Pass(List<double> Document, List<double> Opened, List<double> Called, List<double> Shown);
}
