using System.Globalization;
using Microsoft.Playwright;
using OneWindow.Common.Time;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The people side of 人事薪酬 in the browser: HR keeps the AB角 grid whole, a reviewer's leave is decided by the head of
/// first review (HR reads it and is not offered the decision), and the month's service star proposed from the work data
/// is confirmed by the director (HR is told it is the director's).
/// </summary>
public sealed class HrPeopleJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>李浩, a reviewer of Jiangpu Road whose leave the head of first review decides.</summary>
    private const string Reviewer = "jiangpu-s020";

    [Fact]
    public async Task HR_marks_an_items_A_and_B_and_the_item_is_no_longer_flagged()
    {
        var hr = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await hr.GotoAsync("hr");
        await DemoAccounts.SignInWithSecondFactorAsync(hr, DemoAccounts.JiangpuHrAdmin);
        await hr.Locator("[data-test=hr-skills-link]").ClickAsync();

        // The last item of the grid (not the items other journeys send to review): its B is taken away, then given to
        // someone who held neither.
        var row = hr.Locator("[data-test=skills-item]").Last;
        await Assertions.Expect(row).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("skills-flagged"));
        var item = await row.GetAttributeAsync("data-item");
        var formerB = await row.Locator("td.skills-b").First.GetAttributeAsync("data-staff");
        var newB = await row.Locator("td.skills-none, td.skills-known").First.GetAttributeAsync("data-staff");
        var itemRow = hr.Locator($"[data-test=skills-item][data-item='{item}']");

        await itemRow.Locator($"td[data-staff='{formerB}'] select").SelectOptionAsync("None");
        await Assertions.Expect(itemRow).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("skills-flagged"));
        await Assertions.Expect(itemRow.Locator("[data-test=skills-item-state]")).ToHaveTextAsync("缺B角");

        await itemRow.Locator($"td[data-staff='{newB}'] select").SelectOptionAsync("B");
        await Assertions.Expect(itemRow).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("skills-flagged"));
        await Assertions.Expect(hr.Locator("[data-test=skills-unsaved]")).ToContainTextAsync(newB!);
        await hr.Locator("[data-test=save-skills]").ClickAsync();
        await Assertions.Expect(hr.Locator("[data-test=skills-done]")).ToContainTextAsync("已保存 2 人的AB角");
        await Assertions.Expect(hr.Locator("[data-test=skills-refusal]")).ToHaveCountAsync(0);

        // As hr-payroll keeps it: read again, the item has its A and its new B.
        await hr.ReloadAsync();
        await Assertions.Expect(itemRow.Locator("[data-test=skills-item-state]")).ToHaveTextAsync("A角、B角齐全");
        await Assertions.Expect(itemRow.Locator($"td[data-staff='{newB}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("skills-b"));
        await Assertions.Expect(itemRow.Locator($"td[data-staff='{formerB}']")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("skills-b"));
        await ConsoleBrowser.ScreenshotAsync(hr, "hr-skills");
        await Accessibility.AssertNoSeriousViolationsAsync(hr);
    }

    [Fact]
    public async Task A_leave_request_is_approved_by_the_one_who_may()
    {
        // Weeks ahead, so the approval moves none of the reviewer's open files today; a day of its own in this stack.
        var day = ChinaTime.Today(TimeProvider.System).AddDays(Random.Shared.Next(60, 300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var reviewer = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await reviewer.GotoAsync("payslips");
        await DemoAccounts.SignInOnProviderAsync(reviewer, Reviewer);
        await reviewer.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "请假" }).ClickAsync();
        await reviewer.GetByLabel("开始日期").FillAsync(day);
        await reviewer.GetByLabel("结束日期").FillAsync(day);
        await reviewer.GetByLabel("假别").SelectOptionAsync("Personal");
        await reviewer.GetByLabel("事由").FillAsync("家中有事");
        await reviewer.Locator("[data-test=request-leave]").ClickAsync();
        await Assertions.Expect(reviewer.Locator("[data-test=leave-done]")).ToContainTextAsync($"已提交 {day} 至 {day}");
        var mine = reviewer.Locator("[data-test=my-leave] [data-test=leave-row]", new() { HasText = day });
        await Assertions.Expect(mine.Locator("[data-test=leave-status]")).ToHaveTextAsync("待审批");

        // HR reads it and is told the head decides: nothing to approve here.
        var hr = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await hr.GotoAsync("hr/leave");
        await DemoAccounts.SignInWithSecondFactorAsync(hr, DemoAccounts.JiangpuHrAdmin);
        await Assertions.Expect(hr.Locator("[data-test=all-leave] [data-test=leave-row]", new() { HasText = day })).ToContainTextAsync("待审批");
        await Assertions.Expect(hr.Locator("[data-test=leave-head-decides]")).ToBeVisibleAsync();
        await Assertions.Expect(hr.Locator("[data-test=approve-leave]")).ToHaveCountAsync(0);

        // The head of first review sees it waiting, with whether the reviewer's A/B partners are there that day.
        var head = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await head.GotoAsync("hr");
        await DemoAccounts.SignInOnProviderAsync(head, StackApi.ReviewHead);
        await head.Locator("[data-test=hr-leave-link]").ClickAsync();
        var request = head.Locator($"[data-test=leave-request][data-staff={Reviewer}]", new() { HasText = day });
        await Assertions.Expect(request.Locator("[data-test=leave-cover]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("AB角均在岗|无人接手"));
        await ConsoleBrowser.ScreenshotAsync(head, "hr-leave");
        await Accessibility.AssertNoSeriousViolationsAsync(head);
        await request.Locator("[data-test=approve-leave]").DblClickAsync();
        await Assertions.Expect(head.Locator("[data-test=leave-done]")).ToContainTextAsync($"已批准 李浩（{Reviewer}） {day} 至 {day} 的请假");
        await Assertions.Expect(request).ToHaveCountAsync(0);
        await Assertions.Expect(head.Locator("[data-test=leave-refusal]")).ToHaveCountAsync(0);

        await reviewer.ReloadAsync();
        await Assertions.Expect(mine.Locator("[data-test=leave-status]")).ToHaveTextAsync("已批准");
        await Assertions.Expect(mine).ToContainTextAsync(StackApi.ReviewHead);
    }

    [Fact]
    public async Task The_director_confirms_the_months_service_star_from_the_evaluations()
    {
        // The month the demo's work history was recorded for (the last one): the only month with work data from the
        // start, so the rule has a service star to propose; no other journey evaluates it.
        var month = ChinaTime.Today(TimeProvider.System).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var hr = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await hr.GotoAsync("hr");
        await DemoAccounts.SignInWithSecondFactorAsync(hr, DemoAccounts.JiangpuHrAdmin);
        await hr.Locator("[data-test=hr-evaluations-link]").ClickAsync();
        await Assertions.Expect(hr.GetByLabel("考核月份")).ToHaveValueAsync(month);
        await hr.Locator("[data-test=evaluate]").ClickAsync();
        await Assertions.Expect(hr.Locator("[data-test=evaluations-done]")).ToContainTextAsync($"已按工作数据考核 {month}");

        // Each score with the work data it comes from; the star proposed, and HR told before any click that the director confirms it.
        var clerk = hr.Locator($"[data-test=evaluation][data-staff={DemoAccounts.JiangpuClerk}]");
        await Assertions.Expect(clerk.Locator("[data-test=score-lines]")).ToContainTextAsync("办理叫号");
        await Assertions.Expect(clerk.Locator("[data-test=score-lines]")).ToContainTextAsync("次评价，平均");
        var star = hr.Locator("[data-test=award]", new() { HasText = "服务明星" });
        await Assertions.Expect(star.Locator("[data-test=award-waits]")).ToContainTextAsync("由中心主任确认");
        await Assertions.Expect(hr.Locator("[data-test=confirm-award]")).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(hr);
        var starStaff = await star.GetAttributeAsync("data-staff");

        var director = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await director.GotoAsync($"hr/evaluations?month={month}");
        await DemoAccounts.SignInWithSecondFactorAsync(director, DemoAccounts.JiangpuDirector);
        var directorStar = director.Locator($"[data-test=award][data-staff={starStaff}]", new() { HasText = "服务明星" });
        await Assertions.Expect(directorStar.Locator("[data-test=award-status]")).ToHaveTextAsync("待主任确认");
        await ConsoleBrowser.ScreenshotAsync(director, "hr-evaluations");
        await Accessibility.AssertNoSeriousViolationsAsync(director);
        await directorStar.Locator("[data-test=confirm-award]").DblClickAsync();
        await Assertions.Expect(directorStar.Locator("[data-test=award-status]")).ToHaveTextAsync("主任已确认");
        await Assertions.Expect(director.Locator("[data-test=evaluations-done]")).ToContainTextAsync($"为 {month} 服务明星");
        await Assertions.Expect(director.Locator("[data-test=evaluations-refusal]")).ToHaveCountAsync(0);

        await hr.ReloadAsync();
        await Assertions.Expect(hr.Locator($"[data-test=award][data-staff={starStaff}] [data-test=award-status]")).ToHaveTextAsync("主任已确认");
    }
}
