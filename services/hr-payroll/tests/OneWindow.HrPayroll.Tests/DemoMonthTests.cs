using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;

namespace OneWindow.HrPayroll.Tests;

/// <summary>The demo district's last month of work data: a director can evaluate and pay it on day one.</summary>
public sealed class DemoMonthTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    [Fact]
    public async Task Last_month_evaluates_from_the_work_each_department_did()
    {
        var lastMonth = await SeededMonthAsync("dinghai");

        var evaluated = await hr.HrAdminOf("dinghai").PostAsJsonAsync($"/v1/evaluations/{lastMonth}:evaluate", new { }).OkAsync();

        var evaluations = evaluated.GetProperty("evaluations").EnumerateArray().ToDictionary(e => e.GetProperty("staffId").GetString()!);
        int CountOf(string staffId, string metric) => evaluations[staffId].GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("metric").GetString() == metric).Sum(l => l.GetProperty("count").GetInt32());
        Assert.InRange(CountOf("dinghai-s004", "tickets-served"), 280, 420);
        Assert.InRange(CountOf("dinghai-s014", "files-reviewed"), 70, 130);
        Assert.InRange(CountOf("dinghai-s023", "cases-handled"), 25, 60);
        Assert.InRange(CountOf("dinghai-s027", "deliveries-confirmed"), 20, 50);
        Assert.Equal(0, CountOf("dinghai-s001", "tickets-served"));
    }

    [Fact]
    public async Task Seeding_again_leaves_last_months_work_as_it_was()
    {
        var lastMonth = await SeededMonthAsync("pingliang");
        var before = await hr.QueryAsync("pingliang", db => db.WorkCounts.Where(w => w.Month == lastMonth).SumAsync(w => w.Count));

        await hr.SeedAsync();

        Assert.True(before > 3_000, $"{before} units of work");
        Assert.Equal(before, await hr.QueryAsync("pingliang", db => db.WorkCounts.Where(w => w.Month == lastMonth).SumAsync(w => w.Count)));
    }

    /// <summary>
    /// The month the fixture's seed wrote, a month before the one it ran in. Read from the database, not recomputed
    /// from today: the seed and the test may run on either side of midnight at a month's end, China time (and a seed
    /// run again after that midnight adds the next month, so the fixture's is the earliest).
    /// </summary>
    private async Task<string> SeededMonthAsync(string centre)
    {
        var months = await hr.QueryAsync(centre, db => db.WorkCounts.Select(w => w.Month).Distinct().ToListAsync());
        var thisMonth = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        Assert.NotEmpty(months);
        var month = months.Min(StringComparer.Ordinal)!;
        Assert.True(string.CompareOrdinal(month, thisMonth) < 0, $"the seed wrote {month}, this is {thisMonth}");
        return month;
    }
}
