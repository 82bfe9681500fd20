using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The director's dashboard: intake's figures as they came, the files review holds near or past their deadline, the open complaints.</summary>
public sealed class DashboardTests : BunitContext
{
    private readonly AnsweringInvoker _intake = new();
    private readonly AnsweringInvoker _review = new();

    public DashboardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddSeedWorkingDays();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new Intake.V1.Statistics.StatisticsClient(_intake));
        Services.AddSingleton(new Queue.QueueClient(_intake));
        Services.AddSingleton(new Satisfaction.SatisfactionClient(_intake));
        Services.AddSingleton(new FirstReview.FirstReviewClient(_review));
        AddAuthorization().SetAuthorized("jiangpu-s001").SetRoles("director").SetClaims(new Claim("tenant", "jiangpu"));
        _intake.Answer(Day());
        _intake.Answer(new QueueState { Waiting = 4, OpenWindows = 2, ServedToday = 9 });
        _intake.Answer(new ComplaintList { Complaints = { new Complaint { ComplaintId = "c1", Category = ComplaintCategory.Waiting, Text = "等候时间太长。", SubmittedAt = "2026-12-06T09:30:00+08:00", Status = ComplaintStatus.Open } }, Open = 1 });
        var today = DateTimeOffset.UtcNow;
        _review.Answer(new ListWorklistReply
        {
            Files =
            {
                File("overdue", today.AddDays(-40), today.AddDays(-5), overdue: true),
                File("on-time", today, today.AddDays(30), overdue: false),
            },
        });
    }

    [Fact]
    public void The_days_figures_are_intakes_with_each_clerk_and_the_bundling_rate()
    {
        var page = Render<Dashboard>();

        Assert.Equal("9", page.Find("[data-test=figure-served]").TextContent);
        Assert.Equal("4", page.Find("[data-test=figure-acceptances]").TextContent);
        Assert.Equal("25%", page.Find("[data-test=figure-bundling]").TextContent);
        Assert.Equal("4", page.Find("[data-test=waiting-now]").TextContent);
        var clerk = page.Find("[data-test=clerk-row][data-clerk=jiangpu-s004]");
        Assert.Equal("6", clerk.QuerySelector("[data-test=clerk-served]")!.TextContent);
        Assert.Equal(Intake.V1.StatisticsPeriod.Day, Assert.Single(_intake.Sent.OfType<GetStatisticsRequest>()).Period);
        Assert.Equal(4, page.FindAll("figure.dashboard-chart").Count);
    }

    [Fact]
    public void Only_files_near_or_past_their_deadline_are_listed_and_open_complaints_are_asked_for()
    {
        var page = Render<Dashboard>();

        var file = Assert.Single(page.FindAll("[data-test=deadline-file]"));
        Assert.Equal("Overdue", file.GetAttribute("data-deadline"));
        Assert.Equal(WorklistView.Team, Assert.Single(_review.Sent.OfType<ListWorklistRequest>()).View);
        Assert.Equal(ComplaintStatus.Open, Assert.Single(_intake.Sent.OfType<ListComplaintsRequest>()).Status);
        Assert.Contains("等候时间太长。", page.Find("[data-test=open-complaint]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_period_named_in_the_address_is_the_one_asked_for()
    {
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/dashboard?period=month");

        var page = Render<Dashboard>();

        Assert.Equal(Intake.V1.StatisticsPeriod.Month, Assert.Single(_intake.Sent.OfType<GetStatisticsRequest>()).Period);
        Assert.Equal("page", page.Find("[data-test=period-month]").GetAttribute("aria-current"));
    }

    private static CentreStatistics Day() => new()
    {
        Centre = "jiangpu",
        Title = "2026年12月6日日交接",
        Queue = new QueueFigures { Issued = 12, Served = 9, AverageWaitSeconds = 300 },
        Acceptances = 4,
        BundledAcceptances = 1,
        ByClerk = { new ClerkFigures { ClerkStaffId = "jiangpu-s004", Queue = new QueueFigures { Served = 6 }, Acceptances = 3 } },
        ByItem = { new ItemFigures { ItemCode = "dibao-review", Name = "最低生活保障年审", Accepted = 4, Bundled = 1 } },
        Satisfaction = new SatisfactionFigures { Ratings = 2, AverageRating = "4.50", ByScore = { 0, 0, 0, 1, 1 } },
        Trend = { new TrendPoint { Label = "09:00", Issued = 12, Served = 9, Acceptances = 4, AverageWaitSeconds = 300 } },
    };

    private static ReviewFile File(string id, DateTimeOffset acceptedAt, DateTimeOffset deadline, bool overdue) => new()
    {
        FileId = id,
        ItemCode = "dibao-review",
        ItemName = "最低生活保障年审",
        AcceptedAt = acceptedAt.ToString("O"),
        Deadline = deadline.ToString("O"),
        Overdue = overdue,
        Status = Review.V1.FileStatus.InReview,
    };
}
