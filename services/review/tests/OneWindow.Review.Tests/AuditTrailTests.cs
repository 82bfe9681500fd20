using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Audit;

namespace OneWindow.Review.Tests;

/// <summary>
/// The trail's read (protos/audit/v1), as every service serves it; review's decisions and refusals stand for all.
/// </summary>
public sealed class AuditTrailTests(ReviewFactory review) : IClassFixture<ReviewFactory>
{
    private static readonly string[] DistrictAdmin = ["district-admin"];

    [Fact]
    public async Task The_director_finds_a_refused_decision_in_the_centres_trail_and_no_other_centre_sees_it()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var other = ReviewFactory.NewCentre();
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var refused = await review.As(team.Centre, team.B, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var denied = await review.DirectorOf(team.Centre).GetAsync($"/v1/audit?deniedOnly=true&subjectId={accepted.FileId}").OkAsync();
        var elsewhere = await review.DirectorOf(other).GetAsync($"/v1/audit?subjectId={accepted.FileId}").OkAsync();
        var district = await review.ClientFor("yangpu-admin", DistrictAdmin, tenant: null).GetAsync($"/v1/audit?subjectId={accepted.FileId}").OkAsync();
        var named = await review.ClientFor("yangpu-admin", DistrictAdmin, tenant: null, namedCentre: other).GetAsync($"/v1/audit?subjectId={accepted.FileId}").OkAsync();

        var record = Assert.Single(denied.GetProperty("records").EnumerateArray());
        Assert.Equal(("pass", "denied", team.B, team.Centre), (record.Str("action"), record.Str("outcome"), record.Str("actor"), record.Str("centre")));
        // To the microsecond: the records of several services are put in order by it, often within one second.
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+08:00$", record.Str("at"));
        Assert.Empty(elsewhere.GetProperty("records").EnumerateArray());
        Assert.Contains(district.GetProperty("records").EnumerateArray(), r => r.Str("outcome") == "denied" && r.Str("centre") == team.Centre);
        Assert.Empty(named.GetProperty("records").EnumerateArray());
    }

    [Fact]
    public async Task A_long_trail_comes_a_page_at_a_time_newest_first_without_repeating_a_record()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var files = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var accepted = ReviewFactory.Accepted(team.Centre);
            await review.AcceptAsync(accepted);
            await review.As(team.Centre, team.B, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });
            files.Add(accepted.FileId);
        }

        var director = review.DirectorOf(team.Centre);
        var first = await director.GetAsync($"/v1/audit?deniedOnly=true&actor={team.B}&pageSize=3").OkAsync();
        var lastId = first.GetProperty("records").EnumerateArray().Last().GetProperty("id").GetInt64();
        var second = await director.GetAsync($"/v1/audit?deniedOnly=true&actor={team.B}&pageSize=3&beforeId={lastId}").OkAsync();

        var seen = first.GetProperty("records").EnumerateArray().Concat(second.GetProperty("records").EnumerateArray()).Select(r => r.Str("subjectId")).ToList();
        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.False(second.GetProperty("more").GetBoolean());
        Assert.Equal(files.AsEnumerable().Reverse().Select(f => f.ToString()), seen);
    }

    [Fact]
    public async Task A_reviewer_may_not_read_the_trail()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());

        var refused = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).GetAsync("/v1/audit");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_call_refused_for_the_callers_role_is_in_the_centres_trail()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var refused = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).GetAsync("/v1/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var denied = await review.DirectorOf(team.Centre).GetAsync($"/v1/audit?deniedOnly=true&actor={team.A}").OkAsync();

        var record = Assert.Single(denied.GetProperty("records").EnumerateArray());
        Assert.Equal(
            ("call", "rpc", "/onewindow.audit.v1.AuditTrail/SearchAudit", "role-required", team.Centre),
            (record.Str("action"), record.Str("subjectType"), record.Str("subjectId"), record.Str("reason"), record.Str("centre")));
    }

    [Fact]
    public async Task Staff_who_name_another_centre_are_refused_and_their_own_director_sees_which()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var other = ReviewFactory.NewCentre();
        var refused = await review.ClientFor(team.A, ReviewFactory.Reviewer, team.Centre, namedCentre: other).GetAsync("/v1/audit");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var denied = await review.DirectorOf(team.Centre).GetAsync($"/v1/audit?deniedOnly=true&actor={team.A}").OkAsync();
        var there = await review.DirectorOf(other).GetAsync($"/v1/audit?actor={team.A}").OkAsync();

        var record = Assert.Single(denied.GetProperty("records").EnumerateArray());
        Assert.Equal(
            ("name-centre", "centre", other, "not-your-centre"),
            (record.Str("action"), record.Str("subjectType"), record.Str("subjectId"), record.Str("reason")));
        Assert.Empty(there.GetProperty("records").EnumerateArray());
    }

    [Fact]
    public async Task The_director_exports_the_centres_search_as_csv_that_excel_opens_in_chinese()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var other = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        await review.As(team.Centre, team.B, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });
        await review.As(other.Centre, other.B, ReviewFactory.Reviewer).GetAsync("/v1/audit");

        var export = await review.DirectorOf(team.Centre).GetAsync("/v1/audit/export?deniedOnly=true");
        var district = await review.ClientFor("yangpu-admin", DistrictAdmin, tenant: null, namedCentre: other.Centre).GetAsync("/v1/audit/export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("编号,时间,操作人", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.Contains($",{team.B},reviewer,{team.Centre},否,pass,file,{accepted.FileId},denied,", row, StringComparison.Ordinal);
        var named = (await district.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.NotEmpty(named);
        Assert.All(named, line => Assert.Contains($",{other.Centre},", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reviews_trail_of_decisions_and_refusals_verifies_intact()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        await review.As(team.Centre, team.B, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });
        await review.As(team.Centre, team.A, ReviewFactory.Reviewer).GetAsync("/v1/audit");

        var report = new StringWriter();
        var intact = await review.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(report, CancellationToken.None);

        Assert.True(intact, report.ToString());
        Assert.Contains($"centre {team.Centre}: ", report.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-12-07&to=2026-12-01", "from")]
    [InlineData("from=2025-01-01&to=2026-12-01", "from")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("beforeId=-4", "beforeId")]
    public async Task A_search_that_does_not_parse_is_refused_naming_its_field(string query, string field)
    {
        var refused = await review.DirectorOf(ReviewFactory.NewCentre()).GetAsync($"/v1/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"\"{field}\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
