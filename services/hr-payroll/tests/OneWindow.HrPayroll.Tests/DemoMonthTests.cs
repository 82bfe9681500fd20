using System.Globalization;
using System.Net.Http.Json;
using OneWindow.Common.Time;

namespace OneWindow.HrPayroll.Tests;

/// <summary>The demo district's last month of work data: a director can evaluate and pay it on day one.</summary>
public sealed class DemoMonthTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private static readonly string LastMonth = ChinaTime.Today(TimeProvider.System).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Last_month_evaluates_from_the_work_each_department_did()
    {
        var evaluated = await hr.HrAdminOf("dinghai").PostAsJsonAsync($"/v1/evaluations/{LastMonth}:evaluate", new { }).OkAsync();

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
        var before = await hr.QueryAsync("pingliang", db => Task.FromResult(db.WorkCounts.Where(w => w.Month == LastMonth).Sum(w => w.Count)));

        await hr.SeedAsync();

        Assert.True(before > 3_000, $"{before} units of work");
        Assert.Equal(before, await hr.QueryAsync("pingliang", db => Task.FromResult(db.WorkCounts.Where(w => w.Month == LastMonth).Sum(w => w.Count))));
    }
}
