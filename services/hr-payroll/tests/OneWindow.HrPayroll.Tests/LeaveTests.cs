using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Audit;
using OneWindow.Common.Time;

namespace OneWindow.HrPayroll.Tests;

public sealed class LeaveTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);

    private HttpClient FrontHead => hr.StaffOf("jiangpu", "jiangpu-s003", "head", "clerk");

    [Fact]
    public async Task A_clerk_asks_for_leave_and_their_head_approves_it_which_tells_review()
    {
        var clerk = hr.StaffOf("jiangpu", "jiangpu-s006", "clerk");
        var leave = await clerk.PostAsJsonAsync("/v1/leave", Request(Today.AddDays(30), Today.AddDays(34))).OkAsync();
        var leaveId = leave.GetProperty("leaveId").GetString()!;

        var approved = await FrontHead.PostAsJsonAsync($"/v1/leave/{leaveId}:approve", new { note = "同意" }).OkAsync();

        Assert.Equal("LEAVE_STATUS_APPROVED", approved.GetProperty("status").GetString());
        Assert.Equal("jiangpu-s003", approved.GetProperty("decidedBy").GetString());
        var events = await hr.OutboxAsync("jiangpu");
        Assert.Contains(events, e => e.Topic == "leave-approved" && e.CloudEvent.Contains(leaveId, StringComparison.Ordinal) && e.CloudEvent.Contains("jiangpu-s006", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Topic == "leave-started" && e.CloudEvent.Contains(leaveId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leave_approved_after_it_began_also_says_it_started()
    {
        var leave = await hr.StaffOf("jiangpu", "jiangpu-s007", "clerk").PostAsJsonAsync("/v1/leave", Request(Today, Today.AddDays(2))).OkAsync();
        var leaveId = leave.GetProperty("leaveId").GetString()!;

        await FrontHead.PostAsJsonAsync($"/v1/leave/{leaveId}:approve", new { }).OkAsync();

        Assert.Contains(await hr.OutboxAsync("jiangpu"), e => e.Topic == "leave-started" && e.CloudEvent.Contains(leaveId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leave_overlapping_existing_leave_is_a_conflict_and_changes_nothing()
    {
        var clerk = hr.StaffOf("jiangpu", "jiangpu-s008", "clerk");
        await clerk.PostAsJsonAsync("/v1/leave", Request(Today.AddDays(40), Today.AddDays(45))).OkAsync();

        var response = await clerk.PostAsJsonAsync("/v1/leave", Request(Today.AddDays(45), Today.AddDays(47)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("leave-overlaps", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await hr.QueryAsync("jiangpu", db => db.Leave.CountAsync(l => l.StaffId == "jiangpu-s008")));
    }

    [Theory]
    [InlineData(5, 4, "to")]
    [InlineData(5, 5, null)]
    public async Task Leave_ending_before_it_starts_is_a_400_naming_to(int fromDays, int toDays, string? field)
    {
        var subject = field is null ? "jiangpu-s009" : "jiangpu-s010";
        var response = await hr.StaffOf("jiangpu", subject, "clerk").PostAsJsonAsync("/v1/leave", Request(Today.AddDays(fromDays), Today.AddDays(toDays)));

        if (field is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"to\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_head_of_another_department_cannot_approve_and_the_refusal_is_audited()
    {
        var leave = await hr.StaffOf("jiangpu", "jiangpu-s011", "clerk").PostAsJsonAsync("/v1/leave", Request(Today.AddDays(60), Today.AddDays(61))).OkAsync();
        var leaveId = leave.GetProperty("leaveId").GetString()!;

        var response = await hr.StaffOf("jiangpu", "jiangpu-s019", "head", "reviewer").PostAsJsonAsync($"/v1/leave/{leaveId}:approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await hr.QueryAsync("jiangpu", db => db.Set<AuditRecord>().AnyAsync(a => a.SubjectId == leaveId && a.Outcome == AuditOutcome.Denied && a.Actor == "jiangpu-s019")));
        Assert.Equal("Requested", await hr.QueryAsync("jiangpu", async db => (await db.Leave.SingleAsync(l => l.Id == Guid.Parse(leaveId))).Status.ToString()));
    }

    [Fact]
    public async Task A_head_cannot_approve_their_own_leave()
    {
        var leave = await FrontHead.PostAsJsonAsync("/v1/leave", Request(Today.AddDays(70), Today.AddDays(71))).OkAsync();

        var response = await FrontHead.PostAsJsonAsync($"/v1/leave/{leave.GetProperty("leaveId").GetString()}:approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("separation-of-duties", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_asks_only_for_their_own_leave_and_cannot_approve()
    {
        var clerk = hr.StaffOf("jiangpu", "jiangpu-s012", "clerk");
        var forOther = await clerk.PostAsJsonAsync("/v1/leave", Request(Today.AddDays(80), Today.AddDays(81)) with { staffId = "jiangpu-s013" });
        var own = await clerk.PostAsJsonAsync("/v1/leave", Request(Today.AddDays(80), Today.AddDays(81))).OkAsync();

        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/v1/leave/{own.GetProperty("leaveId").GetString()}:approve", new { })).StatusCode);
    }

    [Fact]
    public async Task A_head_of_another_centre_does_not_find_the_leave()
    {
        var leave = await hr.StaffOf("jiangpu", "jiangpu-s014", "clerk").PostAsJsonAsync("/v1/leave", Request(Today.AddDays(90), Today.AddDays(91))).OkAsync();

        var response = await hr.StaffOf("dinghai", "dinghai-s003", "head", "clerk").PostAsJsonAsync($"/v1/leave/{leave.GetProperty("leaveId").GetString()}:approve", new { });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason()
    {
        var leave = await hr.StaffOf("jiangpu", "jiangpu-s015", "clerk").PostAsJsonAsync("/v1/leave", Request(Today.AddDays(100), Today.AddDays(101))).OkAsync();
        var leaveId = leave.GetProperty("leaveId").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, (await FrontHead.PostAsJsonAsync($"/v1/leave/{leaveId}:reject", new { })).StatusCode);
        var rejected = await FrontHead.PostAsJsonAsync($"/v1/leave/{leaveId}:reject", new { note = "年审高峰，请改期" }).OkAsync();
        Assert.Equal("LEAVE_STATUS_REJECTED", rejected.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approved_leave_is_announced_when_it_ends_and_only_once()
    {
        var leave = await hr.StaffOf("jiangpu", "jiangpu-s016", "clerk").PostAsJsonAsync("/v1/leave", Request(Today.AddDays(-3), Today.AddDays(-1))).OkAsync();
        var leaveId = leave.GetProperty("leaveId").GetString()!;
        await FrontHead.PostAsJsonAsync($"/v1/leave/{leaveId}:approve", new { note = "补批" }).OkAsync();

        var announce = hr.Services.GetRequiredService<OneWindow.HrPayroll.Application.Leave.AnnounceLeave>();
        await announce.RunAsync(CancellationToken.None);
        await announce.RunAsync(CancellationToken.None);

        var events = await hr.OutboxAsync("jiangpu");
        Assert.Single(events, e => e.Topic == "leave-ended" && e.CloudEvent.Contains(leaveId, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Topic == "leave-started" && e.CloudEvent.Contains(leaveId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Leave_started_at_approval_is_not_announced_again()
    {
        var leave = await hr.StaffOf("jiangpu", "jiangpu-s017", "clerk").PostAsJsonAsync("/v1/leave", Request(Today, Today.AddDays(1))).OkAsync();
        var leaveId = leave.GetProperty("leaveId").GetString()!;
        await FrontHead.PostAsJsonAsync($"/v1/leave/{leaveId}:approve", new { }).OkAsync();

        await hr.Services.GetRequiredService<OneWindow.HrPayroll.Application.Leave.AnnounceLeave>().RunAsync(CancellationToken.None);

        Assert.Single(await hr.OutboxAsync("jiangpu"), e => e.Topic == "leave-started" && e.CloudEvent.Contains(leaveId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_leave_list_comes_a_page_at_a_time_latest_start_first_with_its_whole_count()
    {
        var clerk = hr.StaffOf("jiangpu", "jiangpu-s018", "clerk");
        var written = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            // Two on one day apart would overlap: one day each, a week apart, from the furthest.
            var day = Today.AddDays(200 - (7 * i));
            written.Add((await clerk.PostAsJsonAsync("/v1/leave", Request(day, day)).OkAsync()).GetProperty("leaveId").GetString()!);
        }

        var first = await FrontHead.GetAsync("/v1/leave?staffId=jiangpu-s018&pageSize=2").OkAsync();
        var second = await FrontHead.GetAsync($"/v1/leave?staffId=jiangpu-s018&pageSize=2&pageToken={first.Str("nextPageToken")}").OkAsync();
        var third = await FrontHead.GetAsync($"/v1/leave?staffId=jiangpu-s018&pageSize=2&pageToken={second.Str("nextPageToken")}").OkAsync();
        var overlapping = await FrontHead.GetAsync($"/v1/leave?staffId=jiangpu-s018&overlapsFrom={Format(Today.AddDays(186))}&overlapsTo={Format(Today.AddDays(193))}").OkAsync();
        var badToken = await FrontHead.GetAsync("/v1/leave?pageToken=not-a-token");
        var badDay = await FrontHead.GetAsync("/v1/leave?overlapsFrom=next-week");

        var pages = new[] { first, second, third }.SelectMany(p => p.GetProperty("leave").EnumerateArray()).Select(l => l.Str("leaveId"));
        Assert.Equal(written, pages);
        Assert.Equal(5, first.Int("totalSize"));
        Assert.Equal(string.Empty, third.Str("nextPageToken"));
        Assert.Equal(written.Skip(1).Take(2), overlapping.GetProperty("leave").EnumerateArray().Select(l => l.Str("leaveId")));
        Assert.Equal(2, overlapping.Int("totalSize"));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Contains("\"overlapsFrom\"", await badDay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static LeaveBody Request(DateOnly from, DateOnly to) => new(null, Format(from), Format(to), "LEAVE_KIND_ANNUAL", "年休假");

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record LeaveBody(string? staffId, string from, string to, string kind, string reason);
}
