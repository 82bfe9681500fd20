using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.V1;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Planner;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The director's planner: intake's plan as it came, hr-payroll's clerks and leave beside it.</summary>
public sealed class PlannerTests : BunitContext
{
    private readonly AnsweringInvoker _intake = new();
    private readonly AnsweringInvoker _hr = new();
    private readonly AnsweringInvoker _policyLaw = new();

    public PlannerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new Planning.PlanningClient(_intake));
        Services.AddSingleton(new Staff.StaffClient(_hr));
        Services.AddSingleton(new Leave.LeaveClient(_hr));
        Services.AddSingleton(new OneWindow.PolicyLaw.V1.Catalogue.CatalogueClient(_policyLaw));
        AddAuthorization().SetAuthorized("jiangpu-s001").SetRoles("director").SetClaims(new Claim("tenant", "jiangpu"));
    }

    [Fact]
    public void The_plan_shows_the_busy_half_hours_with_their_windows_and_marks_those_that_miss_the_target()
    {
        _intake.Answer(Plan(("09:00", 60, 12, 11, 6.82), ("03:00", 0, 0, 0, 0), ("12:00", 10, 3, 3, 0.35)));
        _hr.Answer(new ListStaffReply { Staff = { Clerk("s004", "李娜"), Clerk("s005", "王强") } });

        var page = Render<Planner>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=plan-row]").Count));
        var nine = page.Find("[data-test=plan-row][data-starts='09:00']");
        Assert.Equal("12", nine.QuerySelector("[data-test=recommended]")!.TextContent);
        Assert.Equal("11", nine.QuerySelector("[data-test=planned]")!.TextContent);
        Assert.Contains("text-danger", nine.QuerySelector("[data-test=expected-waiting]")!.ClassList);
        Assert.DoesNotContain("text-danger", page.Find("[data-test=plan-row][data-starts='12:00'] [data-test=expected-waiting]").ClassList);
        Assert.Contains("往周同一天共 8 天", page.Find("[data-test=plan-basis]").TextContent, StringComparison.Ordinal);
        Assert.Equal("09:00 需开窗口比当日可排班的窗口人员多 9 个。", page.Find("[data-test=short-half-hour]").TextContent);
    }

    [Fact]
    public void The_what_if_asks_again_with_the_arrivals_and_windows_chosen()
    {
        _intake.Answer(Plan(("09:00", 60, 12, 12, 2.25)));
        var page = Render<Planner>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=plan-row]")));

        page.Find("#plan-arrivals").Input("120");
        page.Find("#plan-offset").Input("-1");
        page.Find("[data-test=what-if]").Submit();

        page.WaitForAssertion(() => Assert.Equal(2, _intake.Sent.OfType<PlanWindowsRequest>().Count()));
        var asked = _intake.Sent.OfType<PlanWindowsRequest>().Last();
        Assert.Equal(120, asked.ArrivalsPercent);
        Assert.Equal(-1, asked.WindowsOffset);
    }

    [Fact]
    public void A_week_when_more_annual_reviews_fall_due_says_how_much_the_forecast_was_raised()
    {
        var plan = Plan(("09:00", 88, 16, 16, 2.1));
        plan.Seasons.Add(new SeasonalLine { WindowType = WindowType.Comprehensive, ReviewsDue = 14, ReviewsDueUsually = 0, Factor = 1.467 });
        _intake.Answer(plan);

        var page = Render<Planner>();

        page.WaitForAssertion(() => Assert.Equal("综合受理：当周到期的年审等周期事项 14 项（往周平均 0 项），预计到达人数按 +47% 调整。", page.Find("[data-test=plan-season]").TextContent));
    }

    [Fact]
    public void A_centre_without_history_is_told_so()
    {
        _intake.Answer(new WindowPlan { Day = "2026-12-08", OpeningHours = "08:30-17:00", TargetWaiting = 3, TargetServiceLevel = 0.8, TargetWithinMinutes = 10 });

        var page = Render<Planner>();

        page.WaitForAssertion(() => Assert.Equal("本中心往周同一天没有取号记录，暂无法测算。", page.Find("[data-test=plan-empty]").TextContent));
    }

    [Fact]
    public void Clerks_on_leave_are_not_placed_and_an_item_whose_a_and_b_are_both_away_is_flagged()
    {
        var plan = Plan(("09:00", 20, 2, 2, 1.0));
        var staff = new[]
        {
            Clerk("s004", "李娜", a: "dibao"),
            Clerk("s005", "王强", b: "dibao"),
            Clerk("s006", "张敏", a: "residence-permit"),
            Clerk("s007", "陈静", b: "residence-permit"),
        };
        LeaveRequest[] leave =
        [
            new() { StaffId = "s004", From = "2026-12-07", To = "2026-12-09", Status = LeaveStatus.Approved },
            new() { StaffId = "s005", From = "2026-12-08", To = "2026-12-08", Status = LeaveStatus.Approved },
            new() { StaffId = "s006", From = "2026-12-09", To = "2026-12-10", Status = LeaveStatus.Approved },
        ];

        var placement = StaffPlacement.For(plan, staff, leave);

        Assert.Equal(["s006", "s007"], placement.OnDuty.Select(p => p.Clerk.StaffId));
        Assert.All(placement.OnDuty, p => Assert.Equal(WindowType.Comprehensive, p.Window));
        Assert.Equal(["s004", "s005"], placement.OnLeave.Select(c => c.StaffId));
        Assert.Equal(["dibao"], placement.ItemsWithoutCover);
        Assert.Empty(placement.ShortHalfHours);
    }

    private static WindowPlan Plan(params (string Starts, double PerHour, int Recommended, int Planned, double Waiting)[] slots)
    {
        var plan = new WindowPlan { Day = "2026-12-08", OpeningHours = "00:00-24:00", HistoryDays = 8, TargetWaiting = 3, TargetServiceLevel = 0.8, TargetWithinMinutes = 10, ArrivalsPercent = 100 };
        foreach (var (starts, perHour, recommended, planned, waiting) in slots)
        {
            plan.Slots.Add(new PlanSlot { Starts = starts, WindowType = WindowType.Comprehensive, ArrivalsPerHour = perHour, RecommendedWindows = recommended, PlannedWindows = planned, ExpectedWaiting = waiting, CalledWithinShare = 0.9 });
        }

        plan.Simulated.Add(new SimulatedLine { WindowType = WindowType.Comprehensive, AverageWaiting = 1.2, AverageWaitMinutes = 4.5, CalledWithinShare = 0.88, MostWaiting = 14, Served = 180 });
        plan.ServiceTimes.Add(new ServiceTimeFit { WindowType = WindowType.Comprehensive, ServedTickets = 900, MeanMinutes = 7.9, Fitted = true });
        return plan;
    }

    private static StaffMember Clerk(string id, string name, string? a = null, string? b = null)
    {
        var clerk = new StaffMember { StaffId = id, Name = name, Roles = { "clerk" } };
        if (a is not null)
        {
            clerk.ItemsAsA.Add(a);
        }

        if (b is not null)
        {
            clerk.ItemsAsB.Add(b);
        }

        return clerk;
    }
}
