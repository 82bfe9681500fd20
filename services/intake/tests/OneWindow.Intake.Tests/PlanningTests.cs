using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using OneWindow.Tenancy;

namespace OneWindow.Intake.Tests;

public sealed class PlanningTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    /// <summary>A Monday; its history is the eight Mondays before it.</summary>
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public async Task The_director_is_told_how_many_windows_to_open_each_half_hour_from_the_centres_own_history()
    {
        var centre = IntakeFactory.NewCentre();
        await SeedMondaysAsync(centre);

        var plan = await (await Director(centre).GetAsync($"/v1/plan/windows?day=2026-03-02")).ReadAsync();

        // Thirty residents each Monday from 09:00 to 09:30 is 60 an hour; served in 9 or 11 minutes, a log-normal of
        // mean 10.0. By Erlang C, 11 windows keep 6.82 waiting and 12 keep 2.25, calling 93.9 % within ten minutes.
        Assert.Equal(8, plan.GetProperty("historyDays").GetInt32());
        var fit = plan.GetProperty("serviceTimes").EnumerateArray().Single();
        Assert.True(fit.GetProperty("fitted").GetBoolean());
        Assert.Equal(240, fit.GetProperty("servedTickets").GetInt32());
        Assert.Equal(10.0, fit.GetProperty("meanMinutes").GetDouble());
        var nine = Slot(plan, "09:00");
        Assert.Equal(60, nine.GetProperty("arrivalsPerHour").GetDouble());
        Assert.Equal(12, nine.GetProperty("recommendedWindows").GetInt32());
        Assert.Equal(2.25, nine.GetProperty("expectedWaiting").GetDouble());
        Assert.Equal(0.939, nine.GetProperty("calledWithinShare").GetDouble());
        Assert.Equal(0, Slot(plan, "14:00").GetProperty("recommendedWindows").GetInt32());
        var simulated = plan.GetProperty("simulated").EnumerateArray().Single();
        Assert.InRange(simulated.GetProperty("served").GetDouble(), 20, 40);
    }

    [Fact]
    public async Task A_centre_whose_register_entry_asks_for_two_waiting_at_most_is_planned_a_window_more()
    {
        var centre = $"unregistered-{Guid.NewGuid():N}"[..24];
        var details = new
        {
            name = "五角场街道社区事务受理服务中心", address = "杨浦区国和路100号", phone = "021-65430099", openingHours = "08:30-17:00",
            windows = new[] { new { number = "01", type = "WINDOW_TYPE_COMPREHENSIVE" } },
            waitingTargets = new { averageWaiting = 2.0, serviceLevel = 0.8, calledWithinMinutes = 10 },
        };
        var district = intake.ClientFor("district-1", ["district-admin"], null);
        var registered = await (await district.PostAsJsonAsync("/v1/centres", new { code = centre, details })).ReadAsync();
        await SeedMondaysAsync(centre);

        var plan = await (await Director(centre).GetAsync("/v1/plan/windows?day=2026-03-02")).ReadAsync();

        // 60 an hour of 10 minutes: 12 windows keep 2.25 waiting, above this centre's 2; 13 keep 0.95.
        Assert.Equal(2, registered.GetProperty("details").GetProperty("waitingTargets").GetProperty("averageWaiting").GetDouble());
        Assert.Equal(2, plan.GetProperty("targetWaiting").GetDouble());
        Assert.Equal(13, Slot(plan, "09:00").GetProperty("recommendedWindows").GetInt32());
    }

    [Fact]
    public async Task Waiting_targets_out_of_range_are_refused_naming_the_field()
    {
        var district = intake.ClientFor("district-1", ["district-admin"], null);
        var details = new
        {
            name = "五角场街道社区事务受理服务中心", address = "杨浦区国和路100号", phone = "021-65430099", openingHours = "08:30-17:00",
            windows = new[] { new { number = "01", type = "WINDOW_TYPE_COMPREHENSIVE" } },
            waitingTargets = new { averageWaiting = 3.0, serviceLevel = 1.5, calledWithinMinutes = 10 },
        };

        var response = await district.PostAsJsonAsync("/v1/centres", new { code = $"unregistered-{Guid.NewGuid():N}"[..24], details });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceLevel", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_when_fourteen_annual_reviews_fall_due_brings_that_many_more_residents_than_the_history_shows()
    {
        var centre = IntakeFactory.NewCentre();
        await SeedMondaysAsync(centre);
        // Fourteen dibao reviews granted in the week a year before: due in the week of 2 March, none in the weeks read.
        await SeedGrantsAsync(centre, "dibao-review", Enumerable.Range(0, 14).Select(i => new DateOnly(2025, 3, 2).AddDays(i % 7)));

        var plan = await (await Director(centre).GetAsync("/v1/plan/windows?day=2026-03-02")).ReadAsync();

        // The centre opened one day a week (Mondays) with 30 residents: 14 more that day is a factor of 44/30.
        var season = plan.GetProperty("seasons").EnumerateArray().Single();
        Assert.Equal(14, season.GetProperty("reviewsDue").GetInt32());
        Assert.Equal(1.467, season.GetProperty("factor").GetDouble());
        Assert.Equal(88, Slot(plan, "09:00").GetProperty("arrivalsPerHour").GetDouble());
    }

    [Fact]
    public async Task What_if_a_fifth_more_residents_come_or_a_window_is_closed_shows_what_the_line_becomes()
    {
        var centre = IntakeFactory.NewCentre();
        await SeedMondaysAsync(centre);

        var busier = Slot(await (await Director(centre).GetAsync($"/v1/plan/windows?day=2026-03-02&arrivalsPercent=120")).ReadAsync(), "09:00");
        var fewer = Slot(await (await Director(centre).GetAsync($"/v1/plan/windows?day=2026-03-02&windowsOffset=-1")).ReadAsync(), "09:00");

        // 72 an hour of 10 minutes: 13 windows keep 8.45 waiting, 14 keep 2.89.
        Assert.Equal(72, busier.GetProperty("arrivalsPerHour").GetDouble());
        Assert.Equal(14, busier.GetProperty("recommendedWindows").GetInt32());
        Assert.Equal(2.89, busier.GetProperty("expectedWaiting").GetDouble());
        Assert.Equal(12, fewer.GetProperty("recommendedWindows").GetInt32());
        Assert.Equal(11, fewer.GetProperty("plannedWindows").GetInt32());
        Assert.Equal(6.82, fewer.GetProperty("expectedWaiting").GetDouble());
    }

    [Fact]
    public async Task A_centre_without_history_is_planned_on_the_standard_service_time_and_recommends_no_windows()
    {
        var plan = await (await Director(IntakeFactory.NewCentre()).GetAsync($"/v1/plan/windows?day=2026-03-02")).ReadAsync();

        Assert.Equal(0, plan.GetProperty("historyDays").GetInt32());
        Assert.Empty(plan.GetProperty("slots").EnumerateArray());
    }

    [Fact]
    public async Task The_demo_centres_seeded_weeks_give_its_director_a_morning_peak_to_plan_for()
    {
        await using (var scope = intake.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<OneWindow.ServiceDefaults.IDemoSeeder>().Single(s => s.GetType().Name == "TicketHistorySeeder");
            await seeder.SeedAsync(CancellationToken.None);
            await seeder.SeedAsync(CancellationToken.None);
        }

        var plan = await (await Director("jiangpu").GetAsync("/v1/plan/windows")).ReadAsync();

        // Eight weeks of every day: the weekday's eight days, each seeded once however often the seeder runs.
        Assert.Equal(8, plan.GetProperty("historyDays").GetInt32());
        Assert.True(Slot(plan, "09:30").GetProperty("recommendedWindows").GetInt32() > Slot(plan, "12:00").GetProperty("recommendedWindows").GetInt32());
        Assert.All(plan.GetProperty("serviceTimes").EnumerateArray(), fit => Assert.True(fit.GetProperty("fitted").GetBoolean()));
    }

    [Fact]
    public async Task The_days_waiting_is_measured_from_its_own_tickets_and_set_beside_what_the_plan_foresaw()
    {
        var centre = IntakeFactory.NewCentre();
        await SeedMondaysAsync(centre);
        // On the day: two at 09:00, one at 09:10, one at 09:20; called at 09:10, 09:20, 09:20 and 09:30. They wait 50
        // minutes between them over the line's 30 minutes: 1.67 on average, never more than two at once.
        var nine = ChinaTime.StartOfDay(Day).AddHours(9);
        await SeedTicketsAsync(centre, Day, [(nine, nine.AddMinutes(10)), (nine, nine.AddMinutes(20)), (nine.AddMinutes(10), nine.AddMinutes(20)), (nine.AddMinutes(20), nine.AddMinutes(30))]);

        var outcomes = await (await Director(centre).GetAsync("/v1/plan/outcomes?day=2026-03-02")).ReadAsync();

        var line = outcomes.GetProperty("lines").EnumerateArray().Single();
        Assert.Equal(4, line.GetProperty("arrivals").GetInt32());
        Assert.Equal(4, line.GetProperty("served").GetInt32());
        Assert.Equal(1.67, line.GetProperty("averageWaiting").GetDouble());
        Assert.Equal(2, line.GetProperty("mostWaiting").GetInt32());
        // Called within ten minutes: three of the four (the second waited twenty).
        Assert.Equal(0.75, line.GetProperty("calledWithinShare").GetDouble());
        Assert.True(line.GetProperty("plannedAverageWaiting").GetDouble() > 0);
    }

    [Fact]
    public async Task The_same_staff_kept_to_their_lines_serve_fewer_residents_than_at_comprehensive_windows()
    {
        var centre = IntakeFactory.NewCentre();
        await SeedMondaysAsync(centre);

        var outcomes = await (await Director(centre).GetAsync("/v1/plan/outcomes?day=2026-03-02")).ReadAsync();

        // Thirty residents in half an hour, twelve windows at 09:00 (the plan), split among the catalogue's lines of work.
        var arrangements = outcomes.GetProperty("arrangements");
        Assert.Equal(12, arrangements.GetProperty("staff").EnumerateArray().Max(s => s.GetInt32()));
        Assert.True(arrangements.GetProperty("lines").GetArrayLength() > 1);
        var together = arrangements.GetProperty("comprehensiveServed").GetDouble();
        var apart = arrangements.GetProperty("lineBasedServed").GetDouble();
        Assert.True(together > apart, $"comprehensive {together}, line-based {apart}");
        Assert.True(arrangements.GetProperty("lineBasedAverageWaiting").GetDouble() > arrangements.GetProperty("comprehensiveAverageWaiting").GetDouble());
    }

    [Fact]
    public async Task Outcomes_of_a_day_not_yet_begun_are_refused_naming_the_day()
    {
        var response = await Director(IntakeFactory.NewCentre()).GetAsync($"/v1/plan/outcomes?day={ChinaTime.Today(TimeProvider.System).AddDays(1):yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("day", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_is_not_given_the_reform_outcomes()
    {
        var response = await intake.ClerkOf(IntakeFactory.NewCentre()).GetAsync("/v1/plan/outcomes");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("weeks=27", "weeks")]
    [InlineData("arrivalsPercent=20", "arrivalsPercent")]
    [InlineData("windowsOffset=9", "windowsOffset")]
    [InlineData("day=2026-3-2", "day")]
    public async Task A_plan_asked_with_a_figure_out_of_range_is_refused_naming_the_field(string query, string field)
    {
        var response = await Director(IntakeFactory.NewCentre()).GetAsync($"/v1/plan/windows?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_is_not_given_the_plan()
    {
        var response = await intake.ClerkOf(IntakeFactory.NewCentre()).GetAsync("/v1/plan/windows");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static System.Text.Json.JsonElement Slot(System.Text.Json.JsonElement plan, string starts) =>
        plan.GetProperty("slots").EnumerateArray().Single(s => s.Str("starts") == starts && s.Str("windowType") == "WINDOW_TYPE_COMPREHENSIVE");

    private HttpClient Director(string centre) => intake.ClientFor("director-1", ["director"], centre);

    /// <summary>Files of a periodic item granted on the days given, as the history before the platform would hold them.</summary>
    private async Task SeedGrantsAsync(string centre, string itemCode, IEnumerable<DateOnly> grantedOn)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        foreach (var day in grantedOn)
        {
            var id = Guid.CreateVersion7();
            db.Files.Add(OneWindow.Intake.Domain.Acceptance.ApplicationFile.Completed(
                id, $"{centre}-{id:N}"[..40], itemCode, 1, ItemKind.Routed, Guid.NewGuid(), Guid.NewGuid(), "officer-1", ChinaTime.StartOfDay(day).AddHours(10)));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Comprehensive tickets of a day, each called when given and served for five minutes.</summary>
    private async Task SeedTicketsAsync(string centre, DateOnly day, IReadOnlyList<(DateTimeOffset Issued, DateTimeOffset Called)> tickets)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        foreach (var (i, (issued, called)) in tickets.Index())
        {
            var ticket = Ticket.Issue(Guid.CreateVersion7(), day, WindowType.Comprehensive, i + 1, priority: false, issued);
            ticket.Call("01", "clerk-1", called);
            ticket.StartService("clerk-1", null, called);
            ticket.Finish("clerk-1", called.AddMinutes(5));
            db.Tickets.Add(ticket);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Eight Mondays before <see cref="Day"/>: thirty comprehensive tickets between 09:00 and 09:30, served in 9 or 11 minutes.</summary>
    private async Task SeedMondaysAsync(string centre)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        for (var week = 1; week <= 8; week++)
        {
            var monday = Day.AddDays(-7 * week);
            var nine = ChinaTime.StartOfDay(monday).AddHours(9);
            for (var i = 0; i < 30; i++)
            {
                var issued = nine.AddSeconds(i * 59);
                var ticket = Ticket.Issue(Guid.CreateVersion7(), monday, WindowType.Comprehensive, i + 1, priority: false, issued);
                ticket.Call("01", "clerk-1", issued.AddMinutes(1));
                ticket.StartService("clerk-1", null, issued.AddMinutes(1));
                ticket.Finish("clerk-1", issued.AddMinutes(i % 2 == 0 ? 10 : 12));
                db.Tickets.Add(ticket);
            }
        }

        await db.SaveChangesAsync();
    }
}
