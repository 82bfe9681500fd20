using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The director's window planner (docs/adr/0032) on the demo centre's eight seeded weeks: the plan for tomorrow by
/// half-hour, its chart, the simulated day, the clerks to place, a what-if the director tries, and the day's reform report.
/// </summary>
public sealed class PlannerJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task The_director_plans_tomorrows_windows_from_the_centres_history_and_tries_a_busier_day()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("planner");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.JiangpuDirector);

        await Assertions.Expect(page.Locator("[data-test=plan-basis]")).ToContainTextAsync("往周同一天共 8 天");
        await Assertions.Expect(page.Locator("[data-test=chart-plan] :is(canvas, svg)").First).ToBeVisibleAsync();
        // The seeded weeks have their peak in the morning and a quiet lunch: more windows at 09:30 than at 12:00.
        var comprehensive = "[data-type=Comprehensive]";
        var peak = int.Parse(await page.Locator($"[data-test=plan-row][data-starts='09:30'] [data-test=planned]{comprehensive}").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var lunch = int.Parse(await page.Locator($"[data-test=plan-row][data-starts='12:00'] [data-test=planned]{comprehensive}").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(peak > lunch, $"09:30 plans {peak} comprehensive windows, 12:00 {lunch}");
        await Assertions.Expect(page.Locator($"[data-test=simulated-line]{comprehensive}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=placed]").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "planner");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Half as many residents again, one window fewer than recommended: 09:30 misses the target.
        await page.Locator("#plan-arrivals").FillAsync("150");
        await page.Locator("#plan-offset").FillAsync("-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "测算" }).ClickAsync();
        var busier = page.Locator("[data-test=plan-row][data-starts='09:30']");
        await Assertions.Expect(busier.Locator($"[data-test=expected-waiting]{comprehensive}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-danger"));
        await Assertions.Expect(page.Locator("[data-test=refusal]")).ToHaveCountAsync(0);
        var recommended = int.Parse(await busier.Locator($"[data-test=recommended]{comprehensive}").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(recommended > peak, $"at 150 % 09:30 needs {recommended} windows, more than the {peak} of a usual day");
        await ConsoleBrowser.ScreenshotAsync(page, "planner-what-if");

        // The day's reform report (docs/adr/0036), in the same signed-in session: each of the five promises with its
        // goal and figure, from intake's hall and visits and review's files.
        await page.GotoAsync("reform");
        await Assertions.Expect(page.Locator("[data-test=outcome]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-test=refusal]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-test=files-refusal]")).ToHaveCountAsync(0);
        // The seeded weeks give the comparison of arrangements its day: the same staff serve more at comprehensive windows.
        await Assertions.Expect(page.Locator("[data-outcome=completions] [data-test=figure]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\+\d+%$"));
        await Assertions.Expect(page.Locator("[data-outcome=leave]")).ToHaveAttributeAsync("data-met", "yes");
        await ConsoleBrowser.ScreenshotAsync(page, "reform-report");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
