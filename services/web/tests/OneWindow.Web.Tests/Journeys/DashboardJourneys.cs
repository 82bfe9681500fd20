using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.Common.Identity;
using OneWindow.Common.Time;
using OneWindow.DemoDistrict;
using OneWindow.ServiceDefaults;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>The director's dashboard and the district administrator's pages, on the day's real data.</summary>
public sealed class DashboardJourneys(RunStack stack, ConsoleBrowser browser)
{
    /// <summary>Jiangpu Road's head of the front windows, who may read the centre's statistics without a second factor.</summary>
    private const string FrontWindowsHead = "jiangpu-s003";

    [Fact]
    public async Task The_directors_dashboard_draws_its_charts_from_the_days_real_data()
    {
        // A clerk no other journey uses serves a ticket at a payment window (a kind no other journey opens) and
        // accepts an item: the day's figures of that clerk are this journey's alone.
        var clerkId = DemoDistrictGenerator.District.Centre("jiangpu").Staff.Last(s => s.Roles.Contains(PlatformRoles.Clerk)).StaffId;
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, clerkId);
        using var kiosk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuDevicePost);
        await StackApi.PostAsync(clerk, "api/intake/v1/windows/12:open", new { type = "WINDOW_TYPE_PAYMENT" });
        await StackApi.PostAsync(kiosk, "api/intake/v1/tickets", new { windowType = "WINDOW_TYPE_PAYMENT", priority = false });
        var ticketId = (await StackApi.PostAsync(clerk, "api/intake/v1/windows/12:call-next", new { })).GetProperty("ticketId").GetString();
        var resident = await NewResidentAsync(clerk);
        await StackApi.PostAsync(clerk, "api/intake/v1/applications", new { itemCode = "medical-insurance-pay", residentId = resident, materials = new[] { "id-card" } });
        await StackApi.PostAsync(clerk, $"api/intake/v1/tickets/{ticketId}:finish", new { });
        await StackApi.PostAsync(clerk, "api/intake/v1/windows/12:close", new { });

        using var head = await DemoAccounts.ApiAsAsync(stack.Address, FrontWindowsHead);
        var day = await StackApi.GetAsync(head, "api/intake/v1/statistics");
        var real = day.GetProperty("byClerk").EnumerateArray().Single(c => c.GetProperty("clerkStaffId").GetString() == clerkId);
        var served = real.GetProperty("queue").GetProperty("served").GetInt32();
        var accepted = real.GetProperty("acceptances").GetInt32();
        Assert.True(served >= 1 && accepted >= 1, $"{clerkId}: served {served}, accepted {accepted}");

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("dashboard");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.JiangpuDirector);
        await Assertions.Expect(page.Locator("[data-test=figures-title]")).ToContainTextAsync("日交接");
        var row = page.Locator($"[data-test=clerk-row][data-clerk='{clerkId}']");
        await Assertions.Expect(row.Locator("[data-test=clerk-served]")).ToHaveTextAsync(served.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(row.Locator("[data-test=clerk-acceptances]")).ToHaveTextAsync(accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Vizor.ECharts draws in SVG unless told otherwise.
        foreach (var chart in new[] { "chart-trend", "chart-clerks", "chart-items", "chart-satisfaction" })
        {
            await Assertions.Expect(page.Locator($"[data-test={chart}] :is(canvas, svg)").First).ToBeVisibleAsync();
        }

        // What the clerks' chart drew is the day's real count of this clerk, not only a canvas.
        var drawn = await DrawnAsync(page, "chart-clerks");
        var at = drawn.GetProperty("xAxis")[0].GetProperty("data").EnumerateArray().Select(Category).ToList().IndexOf(clerkId);
        Assert.True(at >= 0, $"{clerkId} is not on the clerks' chart");
        Assert.Equal(served, drawn.GetProperty("series")[0].GetProperty("data")[at].GetInt32());
        Assert.Equal(accepted, drawn.GetProperty("series")[1].GetProperty("data")[at].GetInt32());
        await ConsoleBrowser.ScreenshotAsync(page, "dashboard");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Printed, the day's page is the handover sheet: no menu, no buttons, a line for the signatures.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".console-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-test=print]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".dashboard-signature")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "dashboard-handover");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The month: the same figures over its days, the clerk's served count at least the day's.
        await page.Locator("[data-test=period-month]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=figures-title]")).ToContainTextAsync("月统计");
        await Assertions.Expect(page.Locator("[data-test=chart-trend] :is(canvas, svg)").First).ToBeVisibleAsync();
        // The month's chart replaces the day's once its figures arrive: wait for an axis of the month's days.
        var days = DateTime.DaysInMonth(ChinaTime.Today(TimeProvider.System).Year, ChinaTime.Today(TimeProvider.System).Month);
        await page.WaitForFunctionAsync(
            "days => [...document.querySelectorAll('[data-test=chart-trend] div[id]')].some(el => window.vizorECharts.getChart(el.id)?.getOption().xAxis[0].data.length === days)", days);
        await ConsoleBrowser.ScreenshotAsync(page, "dashboard-month");
    }

    [Fact]
    public async Task The_director_answers_a_complaint_and_it_is_closed_with_the_reply()
    {
        // A complaint taken on the hotline by a clerk, its words this journey's own.
        var words = $"电话反映：周六上午等候超过一小时（{Random.Shared.Next(100_000, 999_999)}）。";
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        var complaintId = (await StackApi.PostAsync(clerk, "api/intake/v1/complaints", new { category = "COMPLAINT_CATEGORY_WAITING", text = words, source = "COMPLAINT_SOURCE_HOTLINE" }))
            .GetProperty("complaintId").GetString();

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("dashboard");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.JiangpuDirector);
        await Assertions.Expect(page.Locator("[data-test=open-complaints]")).ToContainTextAsync(words);
        await page.Locator("[data-test=to-complaints]").ClickAsync();

        var complaint = page.Locator($"[data-test=complaint][data-complaint='{complaintId}']");
        await Assertions.Expect(complaint.Locator("[data-test=complaint-text]")).ToHaveTextAsync(words);
        await Assertions.Expect(complaint).ToContainTextAsync("热线");
        await ConsoleBrowser.ScreenshotAsync(page, "complaints");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Nothing is sent before the reply is written.
        await Assertions.Expect(complaint.Locator("[data-test=handle]")).ToBeDisabledAsync();
        await complaint.GetByLabel("答复居民（将告知居民）").FillAsync("已增开周六综合窗口，向您致歉。");
        await complaint.Locator("[data-test=handle]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=complaint-done]")).ToHaveTextAsync("已答复，投诉办结。");
        await Assertions.Expect(complaint).ToHaveCountAsync(0);

        await page.Locator("[data-test=filter-handled]").ClickAsync();
        await Assertions.Expect(complaint.Locator("[data-test=complaint-reply]")).ToContainTextAsync("已增开周六综合窗口，向您致歉。");
        await Assertions.Expect(complaint.Locator("[data-test=complaint-reply]")).ToContainTextAsync(DemoAccounts.JiangpuDirector);
        using var head = await DemoAccounts.ApiAsAsync(stack.Address, FrontWindowsHead);
        var handled = await StackApi.GetAsync(head, $"api/intake/v1/complaints/{complaintId}");
        Assert.Equal("COMPLAINT_STATUS_HANDLED", handled.GetProperty("status").GetString());

        // 一街一策 beside it: every item of the catalogue with the centre's own setting.
        await page.GotoAsync("dashboard/items");
        await Assertions.Expect(page.Locator("[data-test=centre-item]").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "dashboard-items");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_district_admin_publishes_a_catalogue_version_with_a_rule()
    {
        // The journey's own item, so no other journey's guide changes under it.
        var code = $"journey-care-{Random.Shared.Next(100_000, 999_999)}";
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var api = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.DistrictAdmin);
        await StackApi.PostAsync(api, "api/policy-law/v1/items", new
        {
            code, name = "高龄营养补贴", nameEn = "Nutrition allowance for the very old", category = "养老服务",
            kind = "ITEM_KIND_ROUTED", windowType = "WINDOW_TYPE_COMPREHENSIVE", scope = "ITEM_SCOPE_PERSON",
        });
        await StackApi.PostAsync(api, $"api/policy-law/v1/items/{code}/versions", new
        {
            effectiveFrom = today,
            terms = new
            {
                timeLimitWorkingDays = 10, timeLimited = false, legalBasis = "《上海市老年人权益保障条例》",
                flowSteps = new[] { "受理", "初审", "审批" },
                materials = new[] { new { code = "id-card", name = "申请人居民身份证", original = true, count = 1 } },
            },
        });

        var page = await browser.OpenAsync(stack.Address, ConsoleBrowser.Desk);
        await page.GotoAsync("district");
        await DemoAccounts.SignInWithSecondFactorAsync(page, DemoAccounts.DistrictAdmin);
        await Assertions.Expect(page.Locator("[data-test=comparison-title]")).ToContainTextAsync("日交接");
        await Assertions.Expect(page.Locator("[data-test=chart-centres] :is(canvas, svg)").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=district-row]")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "district");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // One centre's figures, named on the call as a district admin must.
        await page.GotoAsync("district/centres/jiangpu");
        await Assertions.Expect(page.Locator("[data-test=figures-title]")).ToContainTextAsync("日交接");
        await Assertions.Expect(page.Locator("[data-test=chart-trend] :is(canvas, svg)").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "district-centre");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync($"district/catalogue?item={code}");
        await Assertions.Expect(page.Locator("[data-test=catalogue-name]")).ToContainTextAsync("高龄营养补贴");
        var rule = page.GetByLabel("资格条件规则");
        await rule.FillAsync("Age >= && LocalHukou");
        await Assertions.Expect(page.Locator("[data-test=rule-error]")).ToContainTextAsync("第 8 个字符");
        await Assertions.Expect(page.Locator("[data-test=rule-position]")).ToContainTextAsync("^");
        await Assertions.Expect(page.Locator("[data-test=publish]")).ToBeDisabledAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "district-catalogue-rule-error");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await rule.FillAsync("Age >= 80 && LocalHukou");
        await Assertions.Expect(page.Locator("[data-test=rule-valid]")).ToContainTextAsync("LocalHukou");
        await page.GetByLabel("办理时限（工作日）").FillAsync("7");
        await page.GetByLabel("限时办结").CheckAsync();
        await page.Locator("[data-test=add-material]").ClickAsync();
        await page.GetByLabel("第 2 项材料代码").FillAsync("hukou-book");
        await page.GetByLabel("第 2 项材料名称").FillAsync("户口簿");
        await ConsoleBrowser.ScreenshotAsync(page, "district-catalogue");
        await page.Locator("[data-test=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=publish-done]")).ToContainTextAsync("已发布第 2 版");
        var item = await StackApi.GetAsync(api, $"api/policy-law/v1/items/{code}");
        Assert.Equal("Age >= 80 && LocalHukou", item.GetProperty("terms").GetProperty("eligibilityRule").GetString());

        // The public guide is the new version: its number, its time limit, the material added.
        await page.Locator("[data-test=publish-done] a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "高龄营养补贴" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.guide")).ToContainTextAsync("第 2 版");
        await Assertions.Expect(page.Locator("article.guide")).ToContainTextAsync("7 个工作日内办结");
        await Assertions.Expect(page.Locator("article.guide")).ToContainTextAsync("户口簿");
    }

    /// <summary>The options the chart inside a figure was last given, as ECharts holds them.</summary>
    private static async Task<JsonElement> DrawnAsync(IPage page, string chart)
    {
        var id = await page.Locator($"[data-test={chart}] div[id]").First.GetAttributeAsync("id");
        var json = await page.EvaluateAsync<string>("id => JSON.stringify(window.vizorECharts.getChart(id).getOption())", id);
        return JsonSerializer.Deserialize<JsonElement>(json);
    }

    /// <summary>A category of an axis as ECharts keeps it: the text, or an item whose value is the text.</summary>
    private static string? Category(JsonElement category) =>
        category.ValueKind == JsonValueKind.String ? category.GetString() : category.GetProperty("value").GetString();

    private static async Task<string> NewResidentAsync(HttpClient clerk)
    {
        var idNumber = ResidentIdNumber.Compose("310110", new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 20_000)), Random.Shared.Next(0, 1000));
        var household = await StackApi.PostAsync(clerk, "api/intake/v1/households", new
        {
            address = "杨浦区江浦路100弄9号101室",
            grid = "JP-G02",
            monthlyIncome = "3200.00",
            members = new[] { new { name = "看板测试", idNumber, phone = $"136{Random.Shared.Next(10_000_000, 99_999_999)}", hukouDistrict = "310110", relation = "RELATION_HEAD" } },
        });
        return household.GetProperty("members")[0].GetProperty("residentId").GetString()!;
    }
}
