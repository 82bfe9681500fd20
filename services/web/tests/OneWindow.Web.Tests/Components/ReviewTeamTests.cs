using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.HrPayroll.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The head of first review's team page: load against capacity, and who is away in the weeks ahead.</summary>
public sealed class ReviewTeamTests : BunitContext
{
    private readonly AnsweringInvoker _services = new();

    public ReviewTeamTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddSeedWorkingDays();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Roster.RosterClient(_services));
        Services.AddSingleton(new OneWindow.HrPayroll.V1.Leave.LeaveClient(_services));
        Services.AddSingleton(new Catalogue.CatalogueClient(_services));
        Services.AddScoped<DeskCatalogue>();
        Services.AddTransient<PageAction>();
        // Monday 7 December 2026, 09:00 in Shanghai.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        AddAuthorization().SetAuthorized("jiangpu-s019").SetRoles("head", "reviewer").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s019"));
        _services.Answer(new ListGuidesReply { Guides = { new ServiceGuide { Code = "dibao", Name = "最低生活保障" } } });
        _services.Answer(new ListRosterReply
        {
            Reviewers =
            {
                new RosterEntry { StaffId = "jiangpu-s022", Capacity = 10, Load = 4, OpenFiles = 3, Available = true, ItemsAsA = { "dibao" } },
                new RosterEntry { StaffId = "jiangpu-s020", Capacity = 10, Load = 13, OpenFiles = 9, Available = false, ItemsAsB = { "dibao" } },
            },
        });
        _services.Answer(new ListLeaveReply
        {
            Leave =
            {
                Leave("jiangpu-s022", "2026-12-09", "2026-12-10", OneWindow.HrPayroll.V1.LeaveStatus.Approved),
                Leave("jiangpu-s020", "2026-12-14", "2026-12-14", OneWindow.HrPayroll.V1.LeaveStatus.Requested),
                Leave("jiangpu-s021", "2026-12-08", "2026-12-08", OneWindow.HrPayroll.V1.LeaveStatus.Rejected),
                Leave("jiangpu-s023", "2026-11-02", "2026-11-06", OneWindow.HrPayroll.V1.LeaveStatus.Approved),
            },
        });
    }

    [Fact]
    public void The_most_overloaded_reviewer_comes_first_and_is_marked_with_their_items_by_name()
    {
        var page = Render<ReviewTeam>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=team-reviewer]").Count));
        var first = page.FindAll("[data-test=team-reviewer]")[0];
        Assert.Equal("jiangpu-s020", first.GetAttribute("data-staff"));
        Assert.Contains("deadline-overdue", first.ClassName, StringComparison.Ordinal);
        Assert.Contains("13 / 10", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("最低生活保障", page.FindAll("[data-test=team-reviewer]")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_leave_calendar_shows_approved_and_asked_leave_ahead_and_leaves_out_refused_and_past_leave()
    {
        var page = Render<ReviewTeam>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=leave-person]").Count));
        var away = page.Find("[data-test=leave-person][data-staff=jiangpu-s022]");
        Assert.Equal(2, away.QuerySelectorAll("td.leave-approved").Length);
        var asked = page.Find("[data-test=leave-person][data-staff=jiangpu-s020]");
        Assert.Single(asked.QuerySelectorAll("td.leave-requested"));
        Assert.Empty(page.FindAll("[data-test=leave-person][data-staff=jiangpu-s021]"));
        Assert.Empty(page.FindAll("[data-test=leave-person][data-staff=jiangpu-s023]"));
        var read = Assert.Single(_services.Sent.OfType<OneWindow.HrPayroll.V1.ListLeaveRequest>());
        Assert.Equal(("2026-12-07", "2027-01-03"), (read.OverlapsFrom, read.OverlapsTo));
    }

    [Fact]
    public void The_head_sets_a_reviewers_capacity()
    {
        var page = Render<ReviewTeam>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=team-reviewer]").Count));

        var row = page.Find("[data-test=team-reviewer][data-staff=jiangpu-s022]");
        row.QuerySelector("input")!.Change("12");
        page.Find("[data-test=team-reviewer][data-staff=jiangpu-s022] [data-test=set-capacity]").Click();

        var set = Assert.Single(_services.Sent.OfType<SetCapacityRequest>());
        Assert.Equal(("jiangpu-s022", 12), (set.StaffId, set.Capacity));
        page.WaitForAssertion(() => Assert.Contains("12", page.Find("[data-test=team-done]").TextContent, StringComparison.Ordinal));
    }

    private static OneWindow.HrPayroll.V1.LeaveRequest Leave(string staffId, string from, string to, OneWindow.HrPayroll.V1.LeaveStatus status) => new()
    {
        LeaveId = Guid.NewGuid().ToString(),
        StaffId = staffId,
        From = from,
        To = to,
        Kind = LeaveKind.Annual,
        Status = status,
        Department = Department.FirstReview,
        RequestedBy = staffId,
    };
}
