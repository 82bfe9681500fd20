using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Identity;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;

namespace OneWindow.HrPayroll.Tests;

/// <summary>A fixed stream of work events for one centre's October, through the real redis transport and inbox.</summary>
public sealed class PerformanceTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private const string Centre = "perftest";
    private const string Month = "2026-10";
    private static readonly DateTimeOffset InOctober = new(2026, 10, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _streamed;

    private HttpClient Admin => hr.ClientFor("perftest-hr", ["hr-admin"], Centre);

    private HttpClient FrontHead => hr.ClientFor("perf-h", ["head", "clerk"], Centre);

    [Fact]
    public async Task Scores_come_from_the_work_events_and_show_their_data()
    {
        var evaluations = await EvaluateAsync();

        Assert.Equal("88.4", evaluations["perf-c1"].GetProperty("dataScore").GetString());
        Assert.Equal("69.2", evaluations["perf-c2"].GetProperty("dataScore").GetString());
        Assert.Equal("80.6", evaluations["perf-r1"].GetProperty("dataScore").GetString());
        Assert.Equal("76.6", evaluations["perf-r2"].GetProperty("dataScore").GetString());
        var tickets = evaluations["perf-c1"].GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("metric").GetString() == "tickets-served");
        Assert.Equal(20, tickets.GetProperty("count").GetInt32());
        Assert.Equal("0.4", tickets.GetProperty("points").GetString());
    }

    [Fact]
    public async Task A_duplicated_event_counts_once()
    {
        await EvaluateAsync();

        var counted = await hr.QueryAsync(Centre, db => db.WorkCounts.SingleAsync(c => c.StaffId == "perf-c1" && c.Metric == HrPayroll.Domain.Performance.WorkMetric.TicketsServed));

        Assert.Equal(20, counted.Count);
    }

    [Fact]
    public async Task Awards_are_chosen_by_rule_and_confirmed_by_the_director_then_paid()
    {
        var evaluations = await EvaluateAsync();
        Assert.Equal("AWARD_SERVICE_STAR", evaluations["perf-c1"].GetProperty("award").GetString());
        Assert.Equal("AWARD_BUSINESS_EXPERT", evaluations["perf-r1"].GetProperty("award").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await Admin.PostAsJsonAsync($"/v1/evaluations/{Month}/perf-c1:confirm-award", new { })).StatusCode);
        var confirmed = await hr.ClientFor("perftest-director", ["director"], Centre).PostAsJsonAsync($"/v1/evaluations/{Month}/perf-c1:confirm-award", new { }).OkAsync();

        Assert.True(confirmed.GetProperty("awardConfirmed").GetBoolean());
        var run = await Admin.PreparedRunAsync(Month);
        var payslip = run.GetProperty("payslips").EnumerateArray().Single(p => p.GetProperty("staffId").GetString() == "perf-c1");
        Assert.Equal("200.00", payslip.GetProperty("awardPay").GetString());
        Assert.Equal("442.00", payslip.GetProperty("performancePay").GetString());
    }

    [Fact]
    public async Task The_head_adjusts_within_the_bound_with_a_reason()
    {
        await EvaluateAsync();

        var adjusted = await FrontHead.PostAsJsonAsync($"/v1/evaluations/{Month}/perf-c2:adjust", new { points = "5", reason = "主动承担年审高峰加班" }).OkAsync();
        var beyond = await FrontHead.PostAsJsonAsync($"/v1/evaluations/{Month}/perf-c2:adjust", new { points = "11", reason = "x" });
        var noReason = await FrontHead.PostAsJsonAsync($"/v1/evaluations/{Month}/perf-c2:adjust", new { points = "3" });
        var otherHead = await hr.ClientFor("perf-rh", ["head", "reviewer"], Centre).PostAsJsonAsync($"/v1/evaluations/{Month}/perf-c2:adjust", new { points = "1", reason = "x" });

        Assert.Equal("74.2", adjusted.GetProperty("finalScore").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.Contains("points", await beyond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherHead.StatusCode);
        Assert.Equal(74.2m, await hr.QueryAsync(Centre, async db => (await db.Evaluations.SingleAsync(e => e.StaffId == "perf-c2" && e.Month == Month)).FinalScore));
    }

    [Fact]
    public async Task A_reviewers_deadlines_met_come_from_reviews_day_summaries_in_the_days_month_once_each()
    {
        const string centre = "perfdays";
        var lastOfOctober = new ReviewerWorkRecorded
        {
            // Published once the day is over: in November, for October's last day.
            OccurredAt = new DateTimeOffset(2026, 11, 1, 1, 0, 0, TimeSpan.FromHours(8)), Tenant = centre, ReviewerStaffId = "days-r1", Day = new DateOnly(2026, 10, 31),
            FilesReviewed = 9, Passed = 6, Returned = 2, Rejected = 1, DeadlinesMet = 7, DeadlinesMissed = 1,
        };
        var dayBefore = lastOfOctober with { Id = Guid.CreateVersion7(), Day = new DateOnly(2026, 10, 30), OccurredAt = new DateTimeOffset(2026, 10, 31, 1, 0, 0, TimeSpan.FromHours(8)), DeadlinesMet = 3 };

        await hr.PublishAsync(lastOfOctober, "review");
        await hr.PublishAsync(dayBefore, "review");
        await hr.PublishAsync(lastOfOctober, "review");
        await hr.HandledAsync("reviewer-work-recorded");

        var counted = await hr.QueryAsync(centre, db => db.WorkCounts.Where(c => c.StaffId == "days-r1").ToListAsync());
        var met = Assert.Single(counted);
        Assert.Equal((HrPayroll.Domain.Performance.WorkMetric.DeadlinesMet, "2026-10", 10), (met.Metric, met.Month, met.Count));
    }

    [Fact]
    public async Task Tickets_a_clerk_issued_themself_do_not_count_toward_their_pay()
    {
        const string centre = "perfself";
        var kiosk = Served("self-c1") with { Tenant = centre };
        var ownIssue = Served("self-c1") with { Id = Guid.CreateVersion7(), Tenant = centre, TicketId = Guid.NewGuid(), IssuedByStaff = true };
        var ownIssueAgain = ownIssue with { Id = Guid.CreateVersion7(), TicketId = Guid.NewGuid() };

        await hr.PublishAsync(ownIssue, "intake");
        await hr.PublishAsync(kiosk, "intake");
        await hr.PublishAsync(ownIssueAgain, "intake");
        await hr.HandledAsync("ticket-served");

        var counted = await hr.QueryAsync(centre, db => db.WorkCounts.Where(c => c.StaffId == "self-c1").ToListAsync());
        var served = Assert.Single(counted);
        Assert.Equal((HrPayroll.Domain.Performance.WorkMetric.TicketsServed, 1), (served.Metric, served.Count));
    }

    [Fact]
    public async Task A_head_lists_only_their_department_and_a_clerk_nothing()
    {
        await EvaluateAsync();

        var listed = (await FrontHead.GetAsync($"/v1/evaluations/{Month}").OkAsync()).GetProperty("evaluations").EnumerateArray().ToList();

        Assert.All(listed, e => Assert.Equal("DEPARTMENT_FRONT_WINDOWS", e.GetProperty("department").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.ClientFor("perf-c1", ["clerk"], Centre).GetAsync($"/v1/evaluations/{Month}")).StatusCode);
    }

    /// <summary>Hires the centre once, streams its October once, waits until every event is counted, evaluates.</summary>
    private async Task<Dictionary<string, JsonElement>> EvaluateAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!_streamed)
            {
                await HireAsync("perf-h", "DEPARTMENT_FRONT_WINDOWS", ["head", "clerk"], 1);
                await HireAsync("perf-c1", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], 2);
                await HireAsync("perf-c2", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], 3);
                await HireAsync("perf-rh", "DEPARTMENT_FIRST_REVIEW", ["head", "reviewer"], 4);
                await HireAsync("perf-r1", "DEPARTMENT_FIRST_REVIEW", ["reviewer"], 5);
                await HireAsync("perf-r2", "DEPARTMENT_FIRST_REVIEW", ["reviewer"], 6);
                var events = Stream().ToList();
                foreach (var (fact, source) in events)
                {
                    await hr.PublishAsync(fact, source);
                }

                await hr.PublishAsync(events[0].Fact, events[0].Source);
                await WaitUntilCountedAsync(events.Count(e => e.Fact is not ReviewQualityChecked { Outcome: QualityCheckOutcome.Correct }));
                // The duplicate is published last: once the host has acknowledged every ticket-served, it has had its
                // (lack of) effect, so a second count would be seen.
                await hr.HandledAsync("ticket-served");
                _streamed = true;
            }
        }
        finally
        {
            Once.Release();
        }

        var reply = await Admin.PostAsJsonAsync($"/v1/evaluations/{Month}:evaluate", new { }).OkAsync();
        return reply.GetProperty("evaluations").EnumerateArray().ToDictionary(e => e.GetProperty("staffId").GetString()!);
    }

    private static IEnumerable<(IntegrationEvent Fact, string Source)> Stream()
    {
        for (var i = 0; i < 20; i++)
        {
            yield return (Served("perf-c1"), "intake");
        }

        for (var i = 0; i < 12; i++)
        {
            yield return (Served("perf-c2"), "intake");
        }

        for (var i = 0; i < 6; i++)
        {
            yield return (new RatingRecorded { OccurredAt = InOctober, Tenant = Centre, TicketId = Guid.NewGuid(), ClerkStaffId = "perf-c1", Score = 5 }, "intake");
        }

        for (var i = 0; i < 5; i++)
        {
            yield return (new RatingRecorded { OccurredAt = InOctober, Tenant = Centre, TicketId = Guid.NewGuid(), ClerkStaffId = "perf-c2", Score = 3 }, "intake");
        }

        yield return (new ComplaintRecorded { OccurredAt = InOctober, Tenant = Centre, ComplaintId = Guid.NewGuid(), ClerkStaffId = "perf-c2", Category = "态度" }, "intake");
        foreach (var reviewer in new[] { "perf-r1", "perf-r2" })
        {
            for (var i = 0; i < 6; i++)
            {
                yield return (Reviewed(reviewer), "review");
            }
        }

        yield return (new ReviewQualityChecked { OccurredAt = InOctober, Tenant = Centre, ReviewerStaffId = "perf-r2", FileId = Guid.NewGuid(), Outcome = QualityCheckOutcome.Error, ErrorCategory = "材料审核疏漏" }, "policy-law");
        yield return (new ReviewQualityChecked { OccurredAt = InOctober, Tenant = Centre, ReviewerStaffId = "perf-r1", FileId = Guid.NewGuid(), Outcome = QualityCheckOutcome.Correct }, "policy-law");
    }

    private static TicketServed Served(string clerk) => new()
    {
        OccurredAt = InOctober, Tenant = Centre, TicketId = Guid.NewGuid(), WindowType = WindowType.Comprehensive, Window = "01", ClerkStaffId = clerk, WaitedSeconds = 300, ServedSeconds = 420,
    };

    private static ApplicationReviewed Reviewed(string reviewer) => new()
    {
        OccurredAt = InOctober, Tenant = Centre, FileId = Guid.NewGuid(), ItemCode = "dibao", ItemVersion = 1, Outcome = ReviewOutcome.Passed,
        ReviewerStaffId = reviewer, AcceptingClerkStaffId = "perf-c1", ReturnRound = 0,
    };

    private async Task WaitUntilCountedAsync(int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var counted = 0;
        while (DateTime.UtcNow < deadline)
        {
            counted = await hr.QueryAsync(Centre, db => db.WorkCounts.SumAsync(c => c.Count));
            if (counted >= expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Only {counted} of {expected} work events were counted.");
    }

    private async Task HireAsync(string staffId, string department, string[] roles, int sequence)
    {
        var request = StaffTests.NewHire(staffId, ResidentIdNumber.Compose("110101", new DateOnly(1988, 2, 2), sequence)) with { department = department, roles = roles };
        await Admin.PostAsJsonAsync("/v1/staff", request).OkAsync();
    }
}
