using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;

namespace OneWindow.HrPayroll.Tests;

public sealed class WorkingCalendarTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private static object Year(int year, string? reason = null) => new
    {
        year,
        holidays = new[]
        {
            new { name = "元旦", from = $"{year}-01-01", to = $"{year}-01-01" },
            new { name = "国庆节", from = $"{year}-10-01", to = $"{year}-10-07" },
        },
        workingWeekends = Array.Empty<string>(),
        reason,
    };

    [Fact]
    public async Task The_district_admin_loads_a_year_and_every_service_is_told_the_whole_year()
    {
        var loaded = await hr.DistrictAdmin().PostAsJsonAsync("/v1/working-calendar/years", new
        {
            year = 2027,
            holidays = new[]
            {
                new { name = "元旦", from = "2027-01-01", to = "2027-01-03" },
                new { name = "春节", from = "2027-02-06", to = "2027-02-12" },
            },
            workingWeekends = new[] { "2027-01-31", "2027-02-13" },
        }).OkAsync();

        Assert.Equal(1, loaded.GetProperty("version").GetInt32());
        Assert.Equal("yangpu-admin", loaded.GetProperty("loadedBy").GetString());
        var years = await hr.StaffOf("jiangpu", "jiangpu-s004", "clerk").GetAsync("/v1/working-calendar/years").OkAsync();
        var listed = years.GetProperty("years").EnumerateArray().Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("version").GetInt32())).ToList();
        Assert.Contains((2026, 0), listed);
        Assert.Contains((2027, 1), listed);
        var told = Assert.Single(await hr.OutboxAsync(null), e => e.Topic == "working-calendar-changed" && e.CloudEvent.Contains("\"year\": 2027", StringComparison.Ordinal));
        Assert.Contains("2027-02-13", told.CloudEvent, StringComparison.Ordinal);
        Assert.Contains("春节", told.CloudEvent, StringComparison.Ordinal);
        Assert.True(await hr.QueryAsync(null, db => db.Set<AuditRecord>().AnyAsync(a => a.Action == "load-calendar-year" && a.SubjectId == "2027/v1" && a.Actor == "yangpu-admin")));
    }

    [Fact]
    public async Task A_year_loaded_twice_is_a_conflict_unless_it_is_a_new_version_with_a_reason()
    {
        await hr.DistrictAdmin().PostAsJsonAsync("/v1/working-calendar/years", Year(2031)).OkAsync();

        var again = await hr.DistrictAdmin().PostAsJsonAsync("/v1/working-calendar/years", Year(2031));
        var corrected = await hr.DistrictAdmin().PostAsJsonAsync("/v1/working-calendar/years", Year(2031, "国务院办公厅更正通知")).OkAsync();
        var seedWithoutReason = await hr.DistrictAdmin().PostAsJsonAsync("/v1/working-calendar/years", Year(2026));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("calendar-year-loaded", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());
        Assert.Equal("国务院办公厅更正通知", corrected.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, seedWithoutReason.StatusCode);
        Assert.Equal(2, await hr.QueryAsync(null, db => db.CalendarYears.CountAsync(y => y.Year == 2031)));
        Assert.True(await hr.QueryAsync(null, db => db.Set<AuditRecord>().AnyAsync(a => a.SubjectId == "2031" && a.Outcome == AuditOutcome.Denied && a.Reason == "calendar-year-loaded")));
    }

    [Theory]
    [InlineData("overlapping-holidays", "holidays[1].from")]
    [InlineData("weekday-worked", "workingWeekends[0]")]
    [InlineData("bad-date", "holidays[0].to")]
    public async Task A_year_the_notice_could_never_say_is_a_400_naming_the_field_and_nothing_is_loaded(string defect, string field)
    {
        var holidays = new List<object> { new { name = "元旦", from = "2032-01-01", to = defect == "bad-date" ? "2032/01/03" : "2032-01-03" } };
        if (defect == "overlapping-holidays")
        {
            holidays.Add(new { name = "春节", from = "2032-01-03", to = "2032-01-09" });
        }

        var response = await hr.DistrictAdmin().PostAsJsonAsync("/v1/working-calendar/years", new
        {
            year = 2032,
            holidays,
            // 2032-01-07 is a Wednesday.
            workingWeekends = defect == "weekday-worked" ? new[] { "2032-01-07" } : [],
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await hr.QueryAsync(null, db => db.CalendarYears.CountAsync(y => y.Year == 2032)));
        Assert.True(await hr.QueryAsync(null, db => db.Set<AuditRecord>().AnyAsync(a => a.SubjectId == "2032" && a.Action == "load-calendar-year" && a.Outcome == AuditOutcome.Denied)));
    }

    [Fact]
    public async Task Only_the_district_admin_loads_the_calendar()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.HrAdminOf("jiangpu").PostAsJsonAsync("/v1/working-calendar/years", Year(2033))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.DistrictHr().PostAsJsonAsync("/v1/working-calendar/years", Year(2033))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.DirectorOf("jiangpu").PostAsJsonAsync("/v1/working-calendar/years", Year(2033))).StatusCode);
    }
}
