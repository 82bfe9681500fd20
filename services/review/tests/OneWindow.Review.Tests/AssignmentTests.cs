using System.Net;
using System.Net.Http.Json;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;

namespace OneWindow.Review.Tests;

public sealed class AssignmentTests(ReviewFactory review) : IClassFixture<ReviewFactory>
{
    [Fact]
    public async Task A_file_accepted_at_intake_goes_to_its_A_with_an_audit_entry_and_application_assigned()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);

        var file = await review.AcceptAsync(accepted);

        Assert.Equal(team.A, file.Str("reviewerStaffId"));
        Assert.Equal("a", file.Str("assignmentReason"));
        Assert.Equal("FILE_STATUS_IN_REVIEW", file.Str("status"));
        var assigned = Assert.Single(await review.PublishedAsync("application-assigned", accepted.FileId.ToString()));
        Assert.Equal(team.A, assigned.Str("reviewerStaffId"));
        Assert.Equal(team.Centre, assigned.Str("tenant"));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'assign'"));
    }

    [Fact]
    public async Task With_the_A_on_leave_a_new_file_goes_to_the_B_and_with_both_away_to_the_least_loaded_knower()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var today = ChinaTime.Today(TimeProvider.System);
        await LeaveStartsAsync(team.Centre, team.A, today, today.AddDays(3));

        var toB = await review.AcceptAsync(ReviewFactory.Accepted(team.Centre));
        await LeaveStartsAsync(team.Centre, team.B, today, today.AddDays(1));
        var toKnower = await review.AcceptAsync(ReviewFactory.Accepted(team.Centre));

        Assert.Equal((team.B, "b"), (toB.Str("reviewerStaffId"), toB.Str("assignmentReason")));
        Assert.Equal((team.Knower, "load"), (toKnower.Str("reviewerStaffId"), toKnower.Str("assignmentReason")));
    }

    [Fact]
    public async Task When_nobody_who_knows_the_item_is_here_the_file_waits_on_the_heads_list_with_an_alert()
    {
        var centre = ReviewFactory.NewCentre();
        await review.HireAsync(centre, $"{centre}-head", ReviewFactory.Head);
        await review.HireAsync(centre, $"{centre}-x", ReviewFactory.Reviewer, asA: ["dibao"]);
        var accepted = ReviewFactory.Accepted(centre, "elderly-allowance");

        var file = await review.AcceptAsync(accepted);

        Assert.Null(file.StrOrNull("reviewerStaffId"));
        var alert = Assert.Single(await review.PublishedAsync("application-unassigned", accepted.FileId.ToString()));
        Assert.Equal($"{centre}-head", alert.Str("headStaffId"));
        var list = await review.As(centre, $"{centre}-head", ReviewFactory.Head).GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_UNASSIGNED");
        Assert.Contains(list.GetProperty("files").EnumerateArray(), f => f.Str("fileId") == accepted.FileId.ToString());

        // Someone who knows the item arrives: the watch takes the file off the head's list.
        await review.HireAsync(centre, $"{centre}-y", ReviewFactory.Reviewer, known: ["elderly-allowance"]);
        var taken = await review.FileAsync(centre, accepted.FileId, f => f.StrOrNull("reviewerStaffId") is not null);
        Assert.Equal($"{centre}-y", taken.Str("reviewerStaffId"));
    }

    [Fact]
    public async Task Leave_approved_from_today_moves_every_open_file_of_the_reviewer_to_their_B_with_audit_and_events()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var files = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var accepted = ReviewFactory.Accepted(team.Centre, i == 2 ? "dibao" : "elderly-allowance", workingDays: i == 2 ? 30 : 10);
            await review.AcceptAsync(accepted);
            files.Add(accepted.FileId);
        }

        var today = ChinaTime.Today(TimeProvider.System);
        await review.PublishAsync(new LeaveApproved { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, LeaveId = Guid.NewGuid(), StaffId = team.A, From = today, To = today.AddDays(5) }, "hr-payroll");

        foreach (var fileId in files)
        {
            var moved = await review.FileAsync(team.Centre, fileId, f => f.Str("reviewerStaffId") != team.A);
            Assert.Equal((team.B, "leave"), (moved.Str("reviewerStaffId"), moved.Str("assignmentReason")));
            var reassigned = Assert.Single(await review.PublishedAsync("application-reassigned", fileId.ToString()));
            Assert.Equal(team.A, reassigned.Str("previousReviewerStaffId"));
            Assert.Equal("leave", reassigned.Str("reason"));
            Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{fileId}' AND action = 'reassign'"));
        }
    }

    [Fact]
    public async Task The_days_outcomes_show_every_file_covered_while_its_A_is_on_leave_none_held_up_and_the_passed_one_within_two_returns()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var files = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var accepted = ReviewFactory.Accepted(team.Centre);
            await review.AcceptAsync(accepted);
            files.Add(accepted.FileId);
        }

        var today = ChinaTime.Today(TimeProvider.System);
        await review.PublishAsync(new LeaveApproved { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, LeaveId = Guid.NewGuid(), StaffId = team.A, From = today, To = today.AddDays(5) }, "hr-payroll");
        foreach (var fileId in files)
        {
            await review.FileAsync(team.Centre, fileId, f => f.Str("reviewerStaffId") == team.B);
        }

        await review.As(team.Centre, team.B, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{files[0]}:pass", new { note = "材料齐全" }).OkAsync();
        var outcomes = await review.DirectorOf(team.Centre).GetAsync("/v1/outcomes").OkAsync();

        Assert.Equal(3, outcomes.GetProperty("received").GetInt32());
        Assert.Equal(3, outcomes.GetProperty("coveredForLeave").GetInt32());
        Assert.Equal(0, outcomes.GetProperty("blockedByLeave").GetInt32());
        Assert.Equal(2, outcomes.GetProperty("open").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("finished").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("finishedWithinTwoReturns").GetInt32());
    }

    [Fact]
    public async Task A_file_still_with_a_reviewer_whose_leave_began_counts_as_held_up_by_leave()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        await review.FileAsync(team.Centre, accepted.FileId, f => f.Str("reviewerStaffId") == team.A);
        // The leave as review learnt it, without the move that leave-started brings: what an outage of the move would leave.
        await review.ExecuteAsync(team.Centre, $"INSERT INTO leave_periods (leave_id, tenant_id, staff_id, \"from\", \"to\", started, ended) VALUES ('{Guid.NewGuid()}', '{team.Centre}', '{team.A}', current_date - 1, current_date + 1, true, false)");

        var outcomes = await review.DirectorOf(team.Centre).GetAsync("/v1/outcomes").OkAsync();

        Assert.Equal(1, outcomes.GetProperty("blockedByLeave").GetInt32());
    }

    [Fact]
    public async Task Leave_approved_for_later_moves_nothing_and_a_late_start_after_the_end_is_refused_and_recorded()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var today = ChinaTime.Today(TimeProvider.System);
        var later = Guid.NewGuid();
        var ended = Guid.NewGuid();

        await review.PublishAsync(new LeaveApproved { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, LeaveId = later, StaffId = team.A, From = today.AddDays(7), To = today.AddDays(9) }, "hr-payroll");
        await review.PublishAsync(new LeaveEnded { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, LeaveId = ended, StaffId = team.A }, "hr-payroll");
        await WaitForAsync(team.Centre, $"SELECT count(*) FROM leave_periods WHERE leave_id = '{ended}'");
        await review.PublishAsync(new LeaveStarted { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, LeaveId = ended, StaffId = team.A, From = today, To = today.AddDays(2) }, "hr-payroll");
        await WaitForAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{ended}' AND action = 'refuse-leave-event'");

        Assert.Equal(team.A, (await review.FileAsync(team.Centre, accepted.FileId, _ => true)).Str("reviewerStaffId"));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM leave_periods WHERE leave_id = '{later}'"));
    }

    [Fact]
    public async Task A_leave_that_ends_before_it_starts_is_dead_lettered_at_once_and_the_stream_goes_on()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var today = ChinaTime.Today(TimeProvider.System);
        var broken = Guid.NewGuid();

        await review.PublishAsync(new LeaveApproved { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, LeaveId = broken, StaffId = team.A, From = today.AddDays(3), To = today }, "hr-payroll");
        var after = await review.AcceptAsync(ReviewFactory.Accepted(team.Centre));

        Assert.Equal(team.A, after.Str("reviewerStaffId"));
        await WaitForDeadLetterAsync(broken.ToString());
        Assert.Equal(0, await review.CountAsync(team.Centre, $"SELECT count(*) FROM leave_periods WHERE leave_id = '{broken}'"));
    }

    [Fact]
    public async Task A_reviewer_who_moves_out_of_first_review_hands_their_files_over()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);

        await review.PublishAsync(new StaffChanged { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, StaffId = team.A, Department = Department.PolicyAndLaw, Roles = ["policy-officer"] }, "hr-payroll");

        var moved = await review.FileAsync(team.Centre, accepted.FileId, f => f.Str("reviewerStaffId") != team.A);
        Assert.Equal(team.B, moved.Str("reviewerStaffId"));
    }

    [Fact]
    public async Task The_same_acceptance_delivered_twice_or_under_a_new_event_id_makes_one_file()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);

        await review.PublishAsync(accepted, "intake");
        await review.PublishAsync(accepted with { Id = Guid.NewGuid() }, "intake");
        var marker = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(marker);

        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM review_files WHERE file_id = '{accepted.FileId}'"));
        Assert.Single(await review.PublishedAsync("application-assigned", accepted.FileId.ToString()));
    }

    [Fact]
    public async Task Instant_items_never_reach_first_review()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var instant = ReviewFactory.Accepted(team.Centre, "residence-certificate", kind: ItemKind.Instant);
        await review.PublishAsync(instant, "intake");
        var marker = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(marker);

        Assert.Equal(0, await review.CountAsync(team.Centre, $"SELECT count(*) FROM review_files WHERE file_id = '{instant.FileId}'"));
    }

    [Fact]
    public async Task The_head_reassigns_by_hand_with_a_reason_but_never_to_someone_on_leave_or_of_another_centre()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var other = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var today = ChinaTime.Today(TimeProvider.System);
        await LeaveStartsAsync(team.Centre, team.B, today, today.AddDays(2));
        var head = review.As(team.Centre, team.Head, ReviewFactory.Head);
        var url = $"/v1/files/{accepted.FileId}:reassign";

        var toLeave = await head.PostAsJsonAsync(url, new { reviewerStaffId = team.B, reason = "平衡工作量" });
        var toOtherCentre = await head.PostAsJsonAsync(url, new { reviewerStaffId = other.Knower, reason = "平衡工作量" });
        var noReason = await head.PostAsJsonAsync(url, new { reviewerStaffId = team.Knower, reason = "" });
        var byReviewer = await review.As(team.Centre, team.Knower, ReviewFactory.Reviewer).PostAsJsonAsync(url, new { reviewerStaffId = team.Knower, reason = "我来" });
        var byOtherHead = await review.As(team.Centre, other.Head, ReviewFactory.Head).PostAsJsonAsync(url, new { reviewerStaffId = team.Knower, reason = "x" });
        var done = await head.PostAsJsonAsync(url, new { reviewerStaffId = team.Knower, reason = "A 本周承担专项工作" });

        Assert.Equal(HttpStatusCode.BadRequest, toLeave.StatusCode);
        Assert.Contains("reviewer-unavailable", await toLeave.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, toOtherCentre.StatusCode);
        Assert.Contains("not-a-reviewer-here", await toOtherCentre.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherHead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var moved = await done.ReadAsync();
        Assert.Equal((team.Knower, "by-hand"), (moved.Str("reviewerStaffId"), moved.Str("assignmentReason")));
        var reassigned = Assert.Single(await review.PublishedAsync("application-reassigned", accepted.FileId.ToString()));
        Assert.Equal("A 本周承担专项工作", reassigned.Str("note"));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'reassign' AND outcome = 'Done'"));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'reassign' AND outcome = 'Denied'"));
    }

    [Fact]
    public async Task The_roster_shows_each_reviewers_items_load_and_leave_to_the_head_and_the_head_sets_a_cap()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        await review.AcceptAsync(ReviewFactory.Accepted(team.Centre, "dibao", workingDays: 30));
        var head = review.As(team.Centre, team.Head, ReviewFactory.Head);

        var capped = await head.PutAsJsonAsync($"/v1/roster/{team.A}/capacity", new { capacity = 3 }).OkAsync();
        var byReviewer = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).GetAsync("/v1/roster");
        var outOfRange = await head.PutAsJsonAsync($"/v1/roster/{team.A}/capacity", new { capacity = 0 });

        Assert.Equal(3, capped.GetProperty("capacity").GetInt32());
        Assert.Equal(3, capped.GetProperty("load").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        // A is at the cap now: the next dibao file goes to the B.
        var next = await review.AcceptAsync(ReviewFactory.Accepted(team.Centre, "dibao", workingDays: 30));
        Assert.Equal(team.B, next.Str("reviewerStaffId"));
    }

    [Fact]
    public async Task A_catalogue_version_published_twice_is_recorded_once_and_its_materials_bound_the_returns()
    {
        var code = $"item-{Guid.NewGuid():N}"[..20];
        var published = new CatalogueItemPublished
        {
            OccurredAt = TimeProvider.System.GetUtcNow(),
            Tenant = null,
            ItemCode = code,
            Version = 1,
            Name = "测试事项",
            Category = "测试",
            EffectiveFrom = new DateOnly(2025, 1, 1),
            Kind = ItemKind.Routed,
            WindowType = WindowType.Comprehensive,
            Scope = ItemScope.Person,
            TimeLimitWorkingDays = 5,
            TimeLimited = false,
            Materials = [new RequiredMaterialFact("id-card", "申请人居民身份证", true, 1, null)],
        };

        await review.PublishAsync(published, "policy-law");
        await review.PublishAsync(published with { Id = Guid.NewGuid() }, "policy-law");
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        await review.HireAsync(team.Centre, $"{team.Centre}-t", ReviewFactory.Reviewer, asA: [code]);
        var accepted = ReviewFactory.Accepted(team.Centre, code, workingDays: 5);
        await review.AcceptAsync(accepted);
        var file = await review.FileAsync(team.Centre, accepted.FileId, f => f.TryGetProperty("materials", out _));

        Assert.Equal(["id-card"], file.GetProperty("materials").EnumerateArray().Select(m => m.Str("code")));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM catalogue_entries WHERE item_code = '{code}'"));
    }

    private async Task LeaveStartsAsync(string centre, string staffId, DateOnly from, DateOnly to)
    {
        var leaveId = Guid.NewGuid();
        await review.PublishAsync(new LeaveStarted { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = centre, LeaveId = leaveId, StaffId = staffId, From = from, To = to }, "hr-payroll");
        await WaitForAsync(centre, $"SELECT count(*) FROM leave_periods WHERE leave_id = '{leaveId}'");
    }

    private async Task WaitForAsync(string centre, string countSql)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await review.CountAsync(centre, countSql) > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Never true: {countSql}");
    }

    private async Task WaitForDeadLetterAsync(string mentioning)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await review.DeadLettersAsync(mentioning)).Count > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Nothing mentioning {mentioning} was dead-lettered.");
    }
}
