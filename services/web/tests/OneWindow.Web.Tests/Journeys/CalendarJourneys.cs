using System.Globalization;
using Microsoft.Playwright;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The district's working-day calendar (docs/adr/0024): a deadline reaching into a year nobody has loaded is 暂定 where
/// the clerk reads it, until the district admin loads that year and review counts it again.
/// </summary>
public sealed class CalendarJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>How long review's watch (every minute) and the event to intake may take to move the promised date.</summary>
    private static readonly TimeSpan Recounted = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_district_admin_loads_next_years_calendar_and_a_provisional_deadline_is_counted_again_on_it()
    {
        // 30 working days accepted now: from December on (and on any day of a year the seed does not hold) they
        // reach into a year whose calendar nobody has loaded.
        var (fileId, _) = await StackApi.AcceptedForReviewAsync(stack, "dibao", $"137{Random.Shared.Next(10_000_000, 99_999_999)}");
        using var clerkApi = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        var accepted = await StackApi.GetAsync(clerkApi, $"api/intake/v1/applications/{fileId}");
        var acceptedAt = Instant(accepted.GetProperty("acceptedAt").GetString());
        var promised = Instant(accepted.GetProperty("statutoryDeadline").GetString());
        var missing = WorkingDayCalendar.China.FirstUnloadedYear(acceptedAt, promised);
        Assert.SkipWhen(missing is null, $"Accepted on {acceptedAt:yyyy-MM-dd}, 30 working days stay within the years the platform ships: nothing is provisional today.");
        var year = missing!.Value;
        var notice = Notice(year);
        var expected = WorkingDayCalendar.China.With([notice]).Recount(promised, year);

        var clerk = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await clerk.GotoAsync($"files/{fileId}");
        await DemoAccounts.SignInOnProviderAsync(clerk, DemoAccounts.JiangpuClerk);
        await clerk.WaitForURLAsync(url => url.EndsWith($"/files/{fileId}", StringComparison.Ordinal));
        var deadline = clerk.Locator("[data-test=file-deadline]");
        await Assertions.Expect(deadline).ToContainTextAsync(Written(promised));
        await Assertions.Expect(deadline.Locator("[data-test=deadline-provisional]")).ToHaveTextAsync("暂定");
        await ConsoleBrowser.ScreenshotAsync(clerk, "file-deadline-provisional");
        await Accessibility.AssertNoSeriousViolationsAsync(clerk);

        // The district admin enters the State Council's notice for the year on the district's calendar page.
        var admin = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await admin.GotoAsync("district/calendar");
        await DemoAccounts.SignInWithSecondFactorAsync(admin, DemoAccounts.DistrictAdmin);
        await Assertions.Expect(admin.Locator("[data-test=calendar-year][data-year='2026']")).ToContainTextAsync("平台预置");
        await Assertions.Expect(admin.Locator($"[data-test=calendar-year][data-year='{year}']")).ToHaveCountAsync(0);
        await admin.GetByLabel("年份", new() { Exact = true }).FillAsync(year.ToString(CultureInfo.InvariantCulture));
        var festival = notice.Holidays[1];
        await admin.Locator("[data-test=add-holiday]").ClickAsync();
        await admin.GetByLabel("第2个节日名称").FillAsync(festival.Name);
        await admin.GetByLabel("第2个节日放假起").FillAsync(Day(festival.From));
        await admin.GetByLabel("第2个节日放假止").FillAsync(Day(festival.To));
        for (var i = 0; i < notice.WorkingWeekends.Count; i++)
        {
            await admin.Locator("[data-test=add-worked-day]").ClickAsync();
            await admin.GetByLabel($"第{i + 1}个调休上班日").FillAsync(Day(notice.WorkingWeekends[i]));
        }

        await ConsoleBrowser.ScreenshotAsync(admin, "district-calendar");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("[data-test=load]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-test=load-done]")).ToContainTextAsync($"{year}年工作日历已载入");
        var loaded = admin.Locator($"[data-test=calendar-year][data-year='{year}']");
        await Assertions.Expect(loaded).ToContainTextAsync("第1版");
        await Assertions.Expect(loaded).ToContainTextAsync($"{festival.Name} {Day(festival.From)}至{Day(festival.To)}");
        await Assertions.Expect(loaded).ToContainTextAsync(DemoAccounts.DistrictAdmin);

        // hr-payroll tells every service; review's watch counts the deadline again and tells intake. The clerk reads
        // the file again until the promised date has moved: the page's state, not a pause, says when it has.
        var shown = await ReadUntilFinalAsync(clerk, deadline);
        Assert.Contains(Written(expected), shown, StringComparison.Ordinal);
        var final = await StackApi.GetAsync(clerkApi, $"api/intake/v1/applications/{fileId}");
        Assert.Equal(expected, Instant(final.GetProperty("statutoryDeadline").GetString()), TimeSpan.FromSeconds(1));
        Assert.False(final.TryGetProperty("deadlineProvisional", out var provisional) && provisional.GetBoolean());
        await ConsoleBrowser.ScreenshotAsync(clerk, "file-deadline-final");
    }

    /// <summary>The year's notice as the journey enters it: New Year's Day, the Spring Festival week from February's first Saturday, a Sunday and a Saturday worked around it.</summary>
    private static CalendarYear Notice(int year)
    {
        var festival = Enumerable.Range(1, 7).Select(d => new DateOnly(year, 2, d)).First(d => d.DayOfWeek == DayOfWeek.Saturday);
        return new CalendarYear(
            year,
            [new("元旦", new DateOnly(year, 1, 1), new DateOnly(year, 1, 1)), new("春节", festival, festival.AddDays(6))],
            [festival.AddDays(-6), festival.AddDays(7)]);
    }

    /// <summary>Reloads the file until its deadline is no longer 暂定, and returns what the deadline then reads.</summary>
    private static async Task<string> ReadUntilFinalAsync(IPage page, ILocator deadline)
    {
        var until = DateTimeOffset.UtcNow + Recounted;
        while (true)
        {
            await page.ReloadAsync();
            await Assertions.Expect(deadline).ToBeVisibleAsync();
            if (await deadline.Locator("[data-test=deadline-provisional]").CountAsync() == 0)
            {
                return (await deadline.TextContentAsync())!;
            }

            Assert.True(DateTimeOffset.UtcNow < until, $"The deadline was still 暂定 {Recounted.TotalMinutes} minutes after the year was loaded.");
            await page.WaitForTimeoutAsync(2_000);
        }
    }

    private static DateTimeOffset Instant(string? text) => DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day as the console writes it (WireText.Day): 2027年1月18日.</summary>
    private static string Written(DateTimeOffset instant) => ChinaTime.Written(DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime));
}
