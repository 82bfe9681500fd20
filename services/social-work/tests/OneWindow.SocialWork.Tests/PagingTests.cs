using System.Net;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Tests;

/// <summary>
/// The department's lists a page at a time (docs/adr/0021): the rows are written straight to the database, several on
/// the same instant or day so that a page ends between equal ones, and one the list's filter leaves out; reading page
/// after page gives every row the filter keeps exactly once, in the list's order.
/// </summary>
public sealed class PagingTests(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 4, 0, 0, TimeSpan.Zero);

    /// <summary>Two, then three on one instant, so that both page breaks (pages of two) fall between equal instants.</summary>
    private static readonly int[] Offsets = [0, 1, 1, 1, 2];

    [Fact]
    public async Task The_cases_of_a_worker_come_a_page_at_a_time_the_newest_opened_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var cases = Offsets.Select(hours => SocialCase.Open(Guid.NewGuid(), Guid.NewGuid(), CaseOrigin.SocialWorker, null, "困难", "w1", "w1", Noon.AddHours(hours))).ToList();
        await SeedAsync(centre, db => db.Cases.AddRange([.. cases, SocialCase.Open(Guid.NewGuid(), Guid.NewGuid(), CaseOrigin.SocialWorker, null, "困难", "w2", "w2", Noon.AddHours(3))]));

        var seen = await AllPagesAsync(factory.WorkerOf(centre), "/v1/cases?mine=true", "cases", "caseId");

        Assert.Equal(Newest(cases, c => c.OpenedAt, c => c.Id), seen);
    }

    [Fact]
    public async Task The_referrals_come_a_page_at_a_time_the_longest_waiting_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var referrals = Offsets.Select(hours => Referral.Receive(Guid.NewGuid(), Guid.NewGuid(), ReferralSource.ApplicationRejected, "dibao", null, "低保不予批准", "officer-1", Noon.AddHours(hours))).ToList();
        await SeedAsync(centre, db => db.Referrals.AddRange(referrals));

        var seen = await AllPagesAsync(factory.WorkerOf(centre), "/v1/referrals", "referrals", "referralId");

        Assert.Equal(Earliest(referrals, r => r.ReferredAt, r => r.Id), seen);
    }

    [Fact]
    public async Task A_households_visits_come_a_page_at_a_time_the_latest_day_first_and_a_workers_own_the_earliest_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (household, elsewhere) = (Guid.NewGuid(), Guid.NewGuid());
        var today = ChinaTime.Today(TimeProvider.System);
        var visits = Offsets.Select(days => HomeVisit.Schedule(Guid.NewGuid(), household, null, "w1", VisitPurpose.FollowUp, today.AddDays(days), today, DateTimeOffset.UtcNow)).ToList();
        var colleagues = HomeVisit.Schedule(Guid.NewGuid(), household, null, "w2", VisitPurpose.FollowUp, today, today, DateTimeOffset.UtcNow);
        var othersMine = HomeVisit.Schedule(Guid.NewGuid(), elsewhere, null, "w1", VisitPurpose.FollowUp, today.AddDays(5), today, DateTimeOffset.UtcNow);
        await SeedAsync(centre, db => db.Visits.AddRange([.. visits, colleagues, othersMine]));

        var households = await AllPagesAsync(factory.WorkerOf(centre), $"/v1/visits?householdId={household}", "visits", "visitId");
        var mine = await AllPagesAsync(factory.WorkerOf(centre), "/v1/visits:mine", "visits", "visitId");

        Assert.Equal(Newest([.. visits, colleagues], v => v.ScheduledOn, v => v.Id), households);
        Assert.Equal(Earliest([.. visits, othersMine], v => v.ScheduledOn, v => v.Id), mine);
    }

    [Fact]
    public async Task A_households_job_recommendations_come_a_page_at_a_time_the_latest_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var household = Guid.NewGuid();
        var today = ChinaTime.Today(TimeProvider.System);
        var recommendations = Offsets.Select(days => Recommend(household, today.AddDays(-days))).ToList();
        await SeedAsync(centre, db => db.JobRecommendations.AddRange([.. recommendations, Recommend(Guid.NewGuid(), today)]));

        var seen = await AllPagesAsync(factory.WorkerOf(centre), $"/v1/job-recommendations?householdId={household}", "recommendations", "recommendationId");

        Assert.Equal(Newest(recommendations, r => r.RecommendedOn, r => r.Id), seen);

        JobRecommendation Recommend(Guid householdId, DateOnly on) =>
            JobRecommendation.Recommend(Guid.NewGuid(), householdId, Guid.NewGuid(), null, null, "江浦物业", "保洁员", on, today, "w1");
    }

    [Fact]
    public async Task A_cases_resource_referrals_come_a_page_at_a_time_the_latest_made_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var resource = SocialResource.Register(Guid.NewGuid(), ResourceKind.Ngo, "阳光助残服务社", null, [Need.DisabilitySupport], 10, "王老师", "021-65000000", null, Noon);
        var (ours, other) = (Open(), Open());
        var referrals = Offsets.Select(hours => ResourceReferral.Make(Guid.NewGuid(), ours.Id, ours.HouseholdId, resource, LinkKind.Referral, null, "w1", Noon.AddHours(hours))).ToList();
        var elsewhere = ResourceReferral.Make(Guid.NewGuid(), other.Id, other.HouseholdId, resource, LinkKind.Referral, null, "w1", Noon.AddHours(3));
        await SeedAsync(centre, db =>
        {
            db.Resources.Add(resource);
            db.Cases.AddRange(ours, other);
            db.ResourceReferrals.AddRange([.. referrals, elsewhere]);
        });

        var seen = await AllPagesAsync(factory.WorkerOf(centre), $"/v1/resource-referrals?caseId={ours.Id}", "referrals", "referralId");

        Assert.Equal(Newest(referrals, r => r.MadeAt, r => r.Id), seen);

        static SocialCase Open() => SocialCase.Open(Guid.NewGuid(), Guid.NewGuid(), CaseOrigin.SocialWorker, null, "困难", "w1", "w1", Noon);
    }

    [Fact]
    public async Task The_silent_family_findings_come_a_page_at_a_time_the_earliest_found_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var findings = Offsets.Select(hours => SilentFamilyFinding.Raise(Guid.NewGuid(), Guid.NewGuid(), [new FindingReason("benefit-ended", "低保到期未续办")], Noon.AddHours(hours))).ToList();
        await SeedAsync(centre, db => db.Findings.AddRange(findings));

        var seen = await AllPagesAsync(factory.WorkerOf(centre), "/v1/silent-family/findings", "findings", "findingId");

        Assert.Equal(Earliest(findings, f => f.FoundAt, f => f.Id), seen);
    }

    [Theory]
    [InlineData("/v1/cases")]
    [InlineData("/v1/referrals")]
    [InlineData("/v1/visits")]
    [InlineData("/v1/visits:mine")]
    [InlineData("/v1/job-recommendations")]
    [InlineData("/v1/resource-referrals")]
    [InlineData("/v1/silent-family/findings")]
    public async Task A_page_token_the_service_did_not_write_or_a_page_too_large_is_refused_by_its_field(string list)
    {
        var worker = factory.WorkerOf(SocialWorkFactory.NewCentre());

        var badToken = await worker.GetAsync($"{list}?pageToken=nonsense");
        var tooMany = await worker.GetAsync($"{list}?pageSize=201");

        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"pageSize\"", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task SeedAsync(string centre, Action<SocialWorkDbContext> add) =>
        factory.QueryAsync(centre, db =>
        {
            add(db);
            return db.SaveChangesAsync();
        });

    /// <summary>Every page of two, following each page's token until the last; checks no page is longer than asked.</summary>
    private static async Task<List<string>> AllPagesAsync(HttpClient client, string list, string rows, string id)
    {
        var separator = list.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var seen = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await (await client.GetAsync($"{list}{separator}pageSize=2&pageToken={Uri.EscapeDataString(token)}")).ReadAsync();
            var ids = page.Items(rows).Select(r => r.Str(id)).ToList();
            Assert.InRange(ids.Count, 1, 2);
            seen.AddRange(ids);
            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString()! : string.Empty;
        }
        while (token.Length > 0);

        return seen;
    }

    // PostgreSQL orders uuids as their text reads, which is how the ids tie-break in the expected orders.
    private static List<string> Newest<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key, Func<T, Guid> id) =>
        [.. rows.OrderByDescending(key).ThenByDescending(r => id(r).ToString(), StringComparer.Ordinal).Select(r => id(r).ToString())];

    private static List<string> Earliest<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key, Func<T, Guid> id) =>
        [.. rows.OrderBy(key).ThenBy(r => id(r).ToString(), StringComparer.Ordinal).Select(r => id(r).ToString())];
}
