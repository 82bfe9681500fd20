using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Persistence;
using OneWindow.Review.Domain.Deadlines;

namespace OneWindow.Review.Tests;

public sealed class DeadlineAndJointTests(ReviewFactory review) : IClassFixture<ReviewFactory>
{
    [Fact]
    public async Task A_file_past_80_percent_of_its_time_is_warned_once_and_an_overdue_one_alarmed_once_and_counted_as_missed()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var now = TimeProvider.System.GetUtcNow();
        // Accepted 10 working days ago with a 12-day limit: more than 80 % gone, not yet due.
        var warned = ReviewFactory.Accepted(team.Centre, at: now.AddDays(-15), workingDays: 12);
        warned = warned with { StatutoryDeadline = now.AddDays(2) };
        var overdue = ReviewFactory.Accepted(team.Centre, at: now.AddDays(-20)) with { StatutoryDeadline = now.AddHours(-1) };
        await review.AcceptAsync(warned);
        await review.AcceptAsync(overdue);

        var warning = Assert.Single(await review.PublishedAsync("review-deadline-warning", warned.FileId.ToString()));
        var alarm = Assert.Single(await review.PublishedAsync("review-overdue", overdue.FileId.ToString()));
        await review.WatchAsync();

        Assert.Equal(team.A, warning.Str("reviewerStaffId"));
        Assert.Equal(team.A, alarm.Str("reviewerStaffId"));
        Assert.Equal(1, await review.WrittenAsync("review-deadline-warning", warned.FileId.ToString()));
        Assert.Equal(1, await review.WrittenAsync("review-overdue", overdue.FileId.ToString()));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT deadlines_missed::bigint FROM work_days WHERE staff_id = '{team.A}'"));
        var head = review.As(team.Centre, team.Head, ReviewFactory.Head);
        var misses = await head.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_MISSES_TODAY");
        var late = await head.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_OVERDUE");
        Assert.Contains(misses.GetProperty("files").EnumerateArray(), f => f.Str("fileId") == overdue.FileId.ToString());
        Assert.Equal([overdue.FileId.ToString()], late.GetProperty("files").EnumerateArray().Select(f => f.Str("fileId")));
        Assert.True(late.GetProperty("files")[0].GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task No_alarm_sounds_while_the_file_waits_for_the_residents_supplement_and_the_deadline_moves_when_it_arrives()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        await review.As(team.Centre, team.A, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:return",
            new { issues = new[] { new { materialCode = "bank-card", kind = "ISSUE_KIND_MISSING" } } }).OkAsync();

        // The resident takes their time: the statutory moment passes while the file waits for them. It falls at the
        // moment of the return, so the deadline's day is the pause's day even when the test runs across midnight.
        DateOnly pausedOn;
        await using (var connection = await review.OpenAppConnectionAsync(team.Centre))
        {
            await using var command = new NpgsqlCommand($"UPDATE review_files SET deadline = paused_at, warn_at = paused_at - interval '1 hour' WHERE file_id = '{accepted.FileId}' RETURNING paused_at", connection);
            pausedOn = DeadlineClock.Day((DateTime)(await command.ExecuteScalarAsync())!);
        }

        await review.WatchAsync();
        Assert.Equal(0, await review.CountAsync(team.Centre, $"SELECT count(*) FROM review_files WHERE file_id = '{accepted.FileId}' AND (warning_sent OR overdue_sent)"));
        Assert.Equal(0, await review.WrittenAsync("review-overdue", accepted.FileId.ToString()));

        // Two working days later the supplement arrives: the deadline moves on by those days.
        var arrives = ChinaTime.StartOfDay(WorkingDayCalendar.China.AddWorkingDays(pausedOn, 2)).AddHours(10);
        await review.PublishAsync(new SupplementReceived { OccurredAt = arrives, Tenant = team.Centre, FileId = accepted.FileId, ReturnRound = 1, MaterialCodes = ["bank-card"] }, "intake");
        var resumed = await review.FileAsync(team.Centre, accepted.FileId, f => f.Str("status") == "FILE_STATUS_IN_REVIEW");

        var expected = ChinaTime.EndOfDay(WorkingDayCalendar.China.AddWorkingDays(pausedOn, 2));
        Assert.Equal(expected, DateTimeOffset.Parse(resumed.Str("deadline"), System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'resume-clock'"));
    }

    [Fact]
    public async Task A_joint_file_is_sent_to_its_outside_departments_and_passes_only_once_all_have_replied()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre, "legal-aid", kind: ItemKind.Joint, workingDays: 7);
        await review.AcceptAsync(accepted);
        var reviewer = review.As(team.Centre, team.A, ReviewFactory.Reviewer);
        var url = $"/v1/files/{accepted.FileId}";

        var sent = await reviewer.PostAsJsonAsync($"{url}:send-joint-requests", new { }).OkAsync();
        var twice = await reviewer.PostAsJsonAsync($"{url}:send-joint-requests", new { });
        var early = await reviewer.PostAsJsonAsync($"{url}:pass", new { });
        var request = sent.GetProperty("jointRequests")[0];
        var replied = await reviewer.PostAsJsonAsync($"{url}/joint-requests/{request.Str("requestId")}:reply", new { reply = "经审查符合法律援助条件" }).OkAsync();
        var passed = await reviewer.PostAsJsonAsync($"{url}:pass", new { }).OkAsync();

        Assert.Equal("区法律援助中心", request.Str("department"));
        Assert.Equal("政务协同平台", request.Str("channel"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("joint-replies-pending", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(replied.GetProperty("jointRequests")[0].StrOrNull("repliedAt"));
        Assert.Equal("FILE_STATUS_PASSED", passed.Str("status"));
        Assert.Single(await review.PublishedAsync("joint-request-sent", accepted.FileId.ToString()));
        Assert.Single(await review.PublishedAsync("joint-reply-received", accepted.FileId.ToString()));
    }

    [Theory]
    [InlineData("2000-01-01")]
    [InlineData("2099-12-31")]
    public async Task A_reply_date_in_the_past_or_after_the_files_deadline_is_refused(string replyDue)
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre, "legal-aid", kind: ItemKind.Joint, workingDays: 7);
        await review.AcceptAsync(accepted);

        var response = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:send-joint-requests", new { replyDue });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("replyDue", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await review.CountAsync(team.Centre, $"SELECT count(*) FROM joint_requests WHERE file_id = '{accepted.FileId}'"));
    }

    [Fact]
    public async Task An_unanswered_joint_request_past_its_date_is_escalated_to_the_head_once()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre, "funeral-subsidy", kind: ItemKind.Joint, workingDays: 10);
        await review.AcceptAsync(accepted);
        await review.As(team.Centre, team.A, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:send-joint-requests", new { }).OkAsync();

        await using (var connection = await review.OpenAppConnectionAsync(team.Centre))
        {
            await using var command = new NpgsqlCommand($"UPDATE joint_requests SET reply_due = current_date - 2 WHERE file_id = '{accepted.FileId}'", connection);
            await command.ExecuteNonQueryAsync();
        }

        var overdue = await review.PublishedAsync("joint-reply-overdue", accepted.FileId.ToString(), atLeast: 2);
        await review.WatchAsync();

        Assert.Equal(2, await review.WrittenAsync("joint-reply-overdue", accepted.FileId.ToString()));
        Assert.All(overdue, e => Assert.Equal(team.Head, e.Str("headStaffId")));
        Assert.True((await review.FileAsync(team.Centre, accepted.FileId, _ => true)).GetProperty("jointRequests").EnumerateArray().All(r => r.GetProperty("escalated").GetBoolean()));
    }

    [Fact]
    public async Task Each_finished_days_work_is_published_once_per_reviewer_for_performance()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var yesterday = ChinaTime.Today(TimeProvider.System).AddDays(-1);
        await using (var connection = await review.OpenAppConnectionAsync(team.Centre))
        {
            await using var command = new NpgsqlCommand(
                $"INSERT INTO work_days (id, tenant_id, staff_id, day, files_reviewed, passed, returned, rejected, deadlines_met, deadlines_missed, published) " +
                $"VALUES ('{Guid.CreateVersion7()}', '{team.Centre}', '{team.B}', '{yesterday:yyyy-MM-dd}', 7, 4, 2, 1, 5, 1, false)", connection);
            await command.ExecuteNonQueryAsync();
        }

        var recorded = Assert.Single(await review.PublishedAsync("reviewer-work-recorded", team.B));
        await review.WatchAsync();

        Assert.Equal((7, 4, 2, 1, 5, 1), (recorded.GetProperty("filesReviewed").GetInt32(), recorded.GetProperty("passed").GetInt32(), recorded.GetProperty("returned").GetInt32(),
            recorded.GetProperty("rejected").GetInt32(), recorded.GetProperty("deadlinesMet").GetInt32(), recorded.GetProperty("deadlinesMissed").GetInt32()));
        Assert.Equal(1, await review.WrittenAsync("reviewer-work-recorded", team.B));
    }

    [Fact]
    public async Task Every_table_with_a_centre_column_is_under_forced_row_level_security()
    {
        await using var connection = new NpgsqlConnection(review.OwnerConnectionString);
        await connection.OpenAsync();

        Assert.Empty(await RowLevelSecurity.FindUnprotectedTenantTablesAsync(connection, CancellationToken.None));
    }
}
