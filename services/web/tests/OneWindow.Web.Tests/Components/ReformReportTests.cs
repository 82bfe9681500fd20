using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The director's reform report: intake's hall and visits, review's files, each promise against its goal.</summary>
public sealed class ReformReportTests : BunitContext
{
    private readonly AnsweringInvoker _intake = new();
    private readonly AnsweringInvoker _review = new();

    public ReformReportTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new Planning.PlanningClient(_intake));
        Services.AddSingleton(new FirstReview.FirstReviewClient(_review));
        AddAuthorization().SetAuthorized("jiangpu-s001").SetRoles("director").SetClaims(new Claim("tenant", "jiangpu"));
    }

    [Fact]
    public void Each_promise_shows_its_figure_and_whether_the_day_kept_it()
    {
        _intake.Answer(Hall(waiting: 2.4, comprehensiveServed: 300, lineBasedServed: 180, due: 12, offered: 12, accepted: 7));
        _review.Answer(new ReviewOutcomes { Day = "2026-12-07", Received = 40, Finished = 25, FinishedWithinTwoReturns = 25, Returned = 6, Open = 15, CoveredForLeave = 4, BlockedByLeave = 0 });

        var page = Render<ReformReport>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-test=outcome]").Count));
        Assert.Equal(("2.4", "yes"), Outcome(page, "waiting"));
        // 300 against 180 served: two thirds more, above the +50 % the reform promises.
        Assert.Equal(("+67%", "yes"), Outcome(page, "completions"));
        Assert.Equal(("100%", "yes"), Outcome(page, "two-returns"));
        Assert.Equal(("0", "yes"), Outcome(page, "leave"));
        Assert.Equal(("100%", "yes"), Outcome(page, "due-items"));
        Assert.Contains("来访 9 户，到期事项 12 项，当次提示 12 项，当次一并办理 7 项", page.Find("[data-outcome=due-items]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_that_missed_a_promise_is_marked_on_that_promise_only()
    {
        _intake.Answer(Hall(waiting: 4.1, comprehensiveServed: 300, lineBasedServed: 250, due: 10, offered: 9, accepted: 3));
        _review.Answer(new ReviewOutcomes { Day = "2026-12-07", Received = 10, Finished = 4, FinishedWithinTwoReturns = 4, Open = 6, BlockedByLeave = 2 });

        var page = Render<ReformReport>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-test=outcome]").Count));
        Assert.Equal(("4.1", "no"), Outcome(page, "waiting"));
        Assert.Equal(("+20%", "no"), Outcome(page, "completions"));
        Assert.Equal(("100%", "yes"), Outcome(page, "two-returns"));
        Assert.Equal(("2", "no"), Outcome(page, "leave"));
        Assert.Equal(("90%", "no"), Outcome(page, "due-items"));
    }

    [Fact]
    public void When_review_does_not_answer_the_halls_figures_still_show_and_the_files_say_why_in_chinese()
    {
        _intake.Answer(Hall(waiting: 2, comprehensiveServed: 300, lineBasedServed: 180, due: 0, offered: 0, accepted: 0));
        _review.Refuse(new Google.Rpc.Status { Code = (int)StatusCode.Unavailable, Message = "review is not answering" });

        var page = Render<ReformReport>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=outcome]").Count));
        Assert.DoesNotContain("review is not answering", page.Find("[data-test=files-refusal]").TextContent, StringComparison.Ordinal);
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", page.Find("[data-test=files-refusal] td").TextContent);
        // No household had anything due: nothing to offer is neither a promise kept nor one missed, and not a figure either.
        Assert.Equal(("—", "none"), Outcome(page, "due-items"));
    }

    [Fact]
    public void A_day_without_tickets_or_files_is_neither_kept_nor_missed()
    {
        var hall = Hall(waiting: 0, comprehensiveServed: 300, lineBasedServed: 180, due: 0, offered: 0, accepted: 0);
        hall.Lines.Clear();
        _intake.Answer(hall);
        _review.Answer(new ReviewOutcomes { Day = "2026-12-07" });

        var page = Render<ReformReport>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-test=outcome]").Count));
        Assert.Equal(("—", "none"), Outcome(page, "waiting"));
        Assert.Equal(("—", "none"), Outcome(page, "two-returns"));
        Assert.Equal(("0", "yes"), Outcome(page, "leave"));
    }

    [Fact]
    public void Another_day_is_asked_of_both_services()
    {
        _intake.Answer(Hall(waiting: 2, comprehensiveServed: 300, lineBasedServed: 180, due: 0, offered: 0, accepted: 0));
        _review.Answer(new ReviewOutcomes { Day = "2026-12-01" });
        var page = Render<ReformReport>();
        page.WaitForAssertion(() => Assert.Single(_review.Sent));

        page.Find("#reform-day").Change("2026-12-01");
        page.Find("[data-test=reform-day]").Submit();

        page.WaitForAssertion(() => Assert.Equal("2026-12-01", _review.Sent.OfType<GetOutcomesRequest>().Last().Day));
        Assert.Equal("2026-12-01", _intake.Sent.OfType<GetReformOutcomesRequest>().Last().Day);
    }

    private static (string Figure, string Met) Outcome(IRenderedComponent<ReformReport> page, string outcome)
    {
        var row = page.Find($"[data-outcome={outcome}]");
        return (row.QuerySelector("[data-test=figure]")!.TextContent.Trim(), row.GetAttribute("data-met")!);
    }

    private static ReformOutcomes Hall(double waiting, double comprehensiveServed, double lineBasedServed, int due, int offered, int accepted) => new()
    {
        Day = "2026-12-07",
        OpeningHours = "08:30-17:00",
        TargetWaiting = 3,
        TargetServiceLevel = 0.8,
        TargetWithinMinutes = 10,
        Lines = { new MeasuredLine { WindowType = WindowType.Comprehensive, Arrivals = 320, Served = 300, AverageWaiting = waiting, MostWaiting = 9, CalledWithinShare = 0.85, PlannedAverageWaiting = 2.6 } },
        Arrangements = new ArrangementComparison
        {
            Staff = { 4, 7, 7, 5 },
            Lines = { "社会救助", "就业服务", "户籍与居住" },
            Arrived = 320,
            ComprehensiveServed = comprehensiveServed,
            LineBasedServed = lineBasedServed,
            MoreServedShare = lineBasedServed == 0 ? 0 : Math.Round(comprehensiveServed / lineBasedServed - 1, 3),
        },
        DueItems = new DueItemsOffered { Households = 9, Due = due, Offered = offered, Accepted = accepted },
        FilesAccepted = 40,
        FilesBundled = 7,
    };
}
