using Microsoft.Playwright;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The director's reform report (改革成效报告) on the run stack: intake's hall and visits and review's files of today, each
/// of the five promises with its goal, its figure and whether the day kept it.
/// </summary>
public sealed class ReformReportJourneys(RunStack stack, ConsoleBrowser browser)
{
    [Fact]
    public async Task The_director_reads_todays_five_promises_with_figures_from_the_hall_and_from_first_review()
    {
        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("reform");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.JiangpuDirector);

        var outcomes = page.Locator("[data-test=outcome]");
        await Assertions.Expect(outcomes).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("[data-test=refusal]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-test=files-refusal]")).ToHaveCountAsync(0);
        // The seeded weeks give the comparison of arrangements its day: the same staff serve more at comprehensive windows.
        await Assertions.Expect(page.Locator("[data-outcome=completions] [data-test=figure]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\+\d+%$"));
        await Assertions.Expect(page.Locator("[data-outcome=leave]")).ToHaveAttributeAsync("data-met", "yes");
        await ConsoleBrowser.ScreenshotAsync(page, "reform-report");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
