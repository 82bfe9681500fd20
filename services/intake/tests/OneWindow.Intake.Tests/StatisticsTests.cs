using System.Net;
using System.Net.Http.Json;
using OneWindow.Common.Time;

namespace OneWindow.Intake.Tests;

public sealed class StatisticsTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Comprehensive = "WINDOW_TYPE_COMPREHENSIVE";

    [Fact]
    public async Task The_daily_handover_counts_the_queue_windows_clerks_items_satisfaction_and_takings_of_the_day()
    {
        var centre = await BusyDayAsync();

        var response = await Director(centre).GetAsync("/v1/statistics?period=STATISTICS_PERIOD_DAY");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var day = await response.ReadAsync();
        Assert.Equal(Wire(ChinaTime.Today(TimeProvider.System)), day.Str("from"));
        Assert.EndsWith("日交接", day.Str("title"), StringComparison.Ordinal);
        var queue = day.GetProperty("queue");
        Assert.Equal(3, queue.GetProperty("issued").GetInt32());
        Assert.Equal(2, queue.GetProperty("served").GetInt32());
        Assert.Equal(1, queue.GetProperty("noShows").GetInt32());
        Assert.Equal(1, queue.GetProperty("transferred").GetInt32());
        Assert.Equal(3, day.GetProperty("acceptances").GetInt32());
        Assert.Equal(1, day.GetProperty("bundledAcceptances").GetInt32());
        Assert.Equal(1, day.GetProperty("instantCompletions").GetInt32());
        var items = day.GetProperty("byItem").EnumerateArray().ToDictionary(i => i.Str("itemCode"));
        Assert.Equal("城乡居民医保缴费", items["medical-insurance-pay"].Str("name"));
        Assert.Equal(1, items["public-rental-review"].GetProperty("bundled").GetInt32());
        var clerks = day.GetProperty("byClerk").EnumerateArray().ToDictionary(c => c.Str("clerkStaffId"));
        Assert.Equal(3, clerks["clerk-1"].GetProperty("acceptances").GetInt32());
        Assert.Equal(1, clerks["clerk-1"].GetProperty("complaints").GetInt32());
        Assert.Equal(1, clerks["clerk-1"].GetProperty("queue").GetProperty("served").GetInt32());
        Assert.Equal(1, clerks["cashier-1"].GetProperty("queue").GetProperty("served").GetInt32());
        var windows = day.GetProperty("byWindow").EnumerateArray().ToDictionary(w => w.Str("window"));
        Assert.Equal("5.00", windows["02"].GetProperty("queue").Str("averageRating"));
        Assert.Equal("3.00", windows["08"].GetProperty("queue").Str("averageRating"));
        var satisfaction = day.GetProperty("satisfaction");
        Assert.Equal("4.00", satisfaction.Str("averageRating"));
        Assert.Equal([0, 0, 1, 0, 1], satisfaction.GetProperty("byScore").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(1, satisfaction.GetProperty("complaintsOpen").GetInt32());
        Assert.Equal(1, satisfaction.GetProperty("messages").GetInt32());
        var till = day.GetProperty("takings").GetProperty("windows")[0];
        Assert.Equal("08", till.Str("window"));
        Assert.Equal("380.00", till.Str("collected"));
    }

    [Fact]
    public async Task The_weekly_summary_and_monthly_statistics_cover_their_whole_period()
    {
        var centre = await BusyDayAsync();
        var today = ChinaTime.Today(TimeProvider.System);

        var week = await (await Director(centre).GetAsync($"/v1/statistics?period=STATISTICS_PERIOD_WEEK&day={Wire(today)}")).ReadAsync();
        var month = await (await Director(centre).GetAsync("/v1/statistics?period=STATISTICS_PERIOD_MONTH")).ReadAsync();
        var lastYear = await (await Director(centre).GetAsync($"/v1/statistics?period=STATISTICS_PERIOD_MONTH&day={Wire(today.AddYears(-1))}")).ReadAsync();

        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(week.Str("from"), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        Assert.Equal(DayOfWeek.Sunday, DateOnly.Parse(week.Str("to"), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        Assert.EndsWith("周总结", week.Str("title"), StringComparison.Ordinal);
        Assert.Equal(3, week.GetProperty("acceptances").GetInt32());
        Assert.Equal(Wire(new DateOnly(today.Year, today.Month, 1)), month.Str("from"));
        Assert.Equal(3, month.GetProperty("queue").GetProperty("issued").GetInt32());
        Assert.False(lastYear.TryGetProperty("acceptances", out var none) && none.GetInt32() > 0);
    }

    [Fact]
    public async Task The_directors_charts_spread_a_day_over_its_hours_and_a_month_over_its_days()
    {
        var centre = await BusyDayAsync();
        var today = ChinaTime.Today(TimeProvider.System);

        var day = await (await Director(centre).GetAsync("/v1/statistics")).ReadAsync();
        var month = await (await Director(centre).GetAsync("/v1/statistics?period=STATISTICS_PERIOD_MONTH")).ReadAsync();

        var hours = day.GetProperty("trend").EnumerateArray().ToList();
        Assert.Contains(hours, h => h.Str("label") == "08:00");
        Assert.Contains(hours, h => h.Str("label") == "17:00");
        Assert.Equal(3, hours.Sum(h => Count(h, "issued")));
        Assert.Equal(2, hours.Sum(h => Count(h, "served")));
        Assert.Equal(3, hours.Sum(h => Count(h, "acceptances")));
        var days = month.GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal(DateTime.DaysInMonth(today.Year, today.Month), days.Count);
        var todays = Assert.Single(days, d => d.Str("label") == Wire(today));
        Assert.Equal((3, 2, 3), (Count(todays, "issued"), Count(todays, "served"), Count(todays, "acceptances")));
        Assert.Equal(3, days.Sum(d => Count(d, "acceptances")));
    }

    [Fact]
    public async Task The_handover_sheet_prints_in_chinese_for_the_director()
    {
        var centre = await BusyDayAsync();

        var response = await Director(centre).GetAsync("/v1/handover?period=day");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var sheet = await response.Content.ReadAsStringAsync();
        Assert.Contains("日交接", sheet, StringComparison.Ordinal);
        Assert.Contains("城乡居民医保缴费", sheet, StringComparison.Ordinal);
        Assert.Contains("微信支付", sheet, StringComparison.Ordinal);
        Assert.Contains("中心主任", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_periods_and_days_are_refused_naming_the_field()
    {
        var director = Director(IntakeFactory.NewCentre());

        var badDay = await director.GetAsync("/v1/statistics?day=2026-02-30");
        var badFormat = await director.GetAsync("/v1/statistics?day=23.11.2026");
        var badPeriod = await director.GetAsync("/v1/handover?period=year");
        var badSheetDay = await director.GetAsync("/v1/handover?day=tomorrow");

        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Contains("\"day\"", await badDay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Contains("\"period\"", await badPeriod.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", badPeriod.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badSheetDay.StatusCode);
    }

    [Fact]
    public async Task Statistics_are_for_the_centres_management_and_never_another_centres()
    {
        var centre = await BusyDayAsync();
        var other = IntakeFactory.NewCentre();

        var clerk = await intake.ClerkOf(centre).GetAsync("/v1/statistics");
        var clerkSheet = await intake.ClerkOf(centre).GetAsync("/v1/handover");
        var otherDirector = await Director(other).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/statistics") { Headers = { { "X-OneWindow-Centre", centre } } });
        var ownOfOther = await (await Director(other).GetAsync("/v1/statistics")).ReadAsync();
        var comparisonByDirector = await Director(centre).GetAsync("/v1/statistics/centres");
        var districtWithoutCentre = await District().GetAsync("/v1/statistics");
        var districtNamingCentre = await intake.ClientFor("district-1", ["district-admin"], null, centre).GetAsync("/v1/statistics");

        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerkSheet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherDirector.StatusCode);
        Assert.False(ownOfOther.TryGetProperty("acceptances", out var none) && none.GetInt32() > 0);
        Assert.Equal(HttpStatusCode.Forbidden, comparisonByDirector.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, districtWithoutCentre.StatusCode);
        Assert.Equal(HttpStatusCode.OK, districtNamingCentre.StatusCode);
        Assert.Equal(3, (await districtNamingCentre.ReadAsync()).GetProperty("acceptances").GetInt32());
    }

    [Fact]
    public async Task The_district_admin_compares_every_centre_side_by_side_with_the_district_totals()
    {
        var busy = await BusyDayAsync();
        var quiet = await BusyDayAsync(withBundling: false);

        var comparison = await (await District().GetAsync("/v1/statistics/centres?period=STATISTICS_PERIOD_MONTH")).ReadAsync();

        var rows = comparison.GetProperty("centres").EnumerateArray().ToDictionary(c => c.Str("centre"));
        Assert.Equal(3, rows[busy].GetProperty("acceptances").GetInt32());
        Assert.Equal(2, rows[quiet].GetProperty("acceptances").GetInt32());
        Assert.Equal(1, rows[busy].GetProperty("bundledAcceptances").GetInt32());
        Assert.Equal("380.00", rows[quiet].Str("collected"));
        Assert.Equal(2, rows[busy].GetProperty("clerks").GetInt32());
        Assert.Equal("1.0", rows[busy].Str("servedPerClerk"));
        var district = comparison.GetProperty("district");
        Assert.Equal(rows.Values.Sum(r => r.GetProperty("acceptances").GetInt32()), district.GetProperty("acceptances").GetInt32());
        Assert.Equal(rows.Values.Sum(r => r.GetProperty("queue").GetProperty("issued").GetInt32()), district.GetProperty("queue").GetProperty("issued").GetInt32());
    }

    /// <summary>
    /// One day of a new centre: three tickets at window 02 (clerk-1) — one served with the dibao review accepted, the
    /// public rental review bundled and an instant item; one no-show; one transferred to the payment window 08
    /// (cashier-1), served there with the fee paid by WeChat. Ratings 5 and 3, one complaint, one message.
    /// </summary>
    private async Task<string> BusyDayAsync(bool withBundling = true)
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var cashier = intake.ClerkOf(centre, "cashier-1");
        var device = intake.DeviceOf(centre);
        (await clerk.PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        (await cashier.PostAsJsonAsync("/v1/windows/08:open", new { type = "WINDOW_TYPE_PAYMENT" })).EnsureSuccessStatusCode();
        for (var i = 0; i < 3; i++)
        {
            (await device.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).EnsureSuccessStatusCode();
        }

        var first = (await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync()).Str("ticketId");
        var accepted = await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = new[] { "id-card", "hukou-book", "income-proof" }, ticketId = first })).ReadAsync();
        if (withBundling)
        {
            var visitId = accepted.GetProperty("file").Str("visitId");
            (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "public-rental-review", residentId, materials = new[] { "lease" }, visitId, fromBundling = true, ticketId = first })).EnsureSuccessStatusCode();
        }

        var instant = await IntakeFactory.AcceptInstantAsync(clerk, residentId);
        (await clerk.PostAsJsonAsync($"/v1/tickets/{first}:finish", new { })).EnsureSuccessStatusCode();
        (await intake.PadOf(centre, "02").PostAsJsonAsync($"/v1/tickets/{first}:rate", new { score = 5 })).EnsureSuccessStatusCode();

        var second = (await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync()).Str("ticketId");
        (await clerk.PostAsJsonAsync($"/v1/tickets/{second}:no-show", new { })).EnsureSuccessStatusCode();

        var third = (await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync()).Str("ticketId");
        (await clerk.PostAsJsonAsync($"/v1/tickets/{third}:transfer", new { windowType = "WINDOW_TYPE_PAYMENT" })).EnsureSuccessStatusCode();
        var moved = (await (await cashier.PostAsJsonAsync("/v1/windows/08:call-next", new { })).ReadAsync()).Str("ticketId");
        (await cashier.PostAsJsonAsync($"/v1/applications/{instant}:pay", new { window = "08", amount = "380.00", method = "PAYMENT_METHOD_MOBILE_PAY", channel = "wechat", receiptNumber = "R-9001" })).EnsureSuccessStatusCode();
        (await cashier.PostAsJsonAsync($"/v1/tickets/{moved}:finish", new { })).EnsureSuccessStatusCode();
        (await intake.PadOf(centre, "08").PostAsJsonAsync($"/v1/tickets/{moved}:rate", new { score = 3 })).EnsureSuccessStatusCode();

        (await device.PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_WAITING", text = "等候时间太长。", ticketId = first })).EnsureSuccessStatusCode();
        (await device.PostAsJsonAsync("/v1/message-book", new { text = "服务很好。" })).EnsureSuccessStatusCode();
        return centre;
    }

    private HttpClient Director(string centre) => intake.ClientFor("director-1", ["director"], centre);

    private HttpClient District() => intake.ClientFor("district-1", ["district-admin"], null);

    /// <summary>A count of the JSON face, where zero is left out.</summary>
    private static int Count(System.Text.Json.JsonElement figures, string name) =>
        figures.TryGetProperty(name, out var count) ? count.GetInt32() : 0;

    private static string Wire(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
