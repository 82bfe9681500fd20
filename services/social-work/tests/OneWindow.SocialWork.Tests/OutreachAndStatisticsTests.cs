using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Events;
using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Tests;

public sealed class OutreachAndStatisticsTests(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    [Fact]
    public async Task The_scan_flags_silent_families_with_reasons_once_and_a_workers_decision_holds()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (alone, _) = await factory.KnownHouseholdAsync(centre, age: 86, size: 1, perCapita: 2_000m);
        var (disabled, _) = await factory.KnownHouseholdAsync(centre, age: 50, size: 3, perCapita: 1_800m, disabilityGrade: 1);
        var (ordinary, _) = await factory.KnownHouseholdAsync(centre, age: 40, size: 3, perCapita: 4_000m, benefits: "public-rental-housing");
        var (rejectedTwice, members) = await factory.KnownHouseholdAsync(centre, age: 52, size: 2, perCapita: 1_400m);
        foreach (var item in new[] { "dibao", "temporary-assistance" })
        {
            var fileId = Guid.NewGuid();
            await factory.PublishAsync(new ApplicationAccepted
            {
                OccurredAt = DateTimeOffset.UtcNow.AddDays(-30), Tenant = centre, FileId = fileId, ItemCode = item, ItemVersion = 1, Kind = Common.Vocabulary.ItemKind.Routed,
                ResidentId = members[0], HouseholdId = rejectedTwice, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = Common.Vocabulary.DeliveryMethod.Post,
            }, "intake");
            await factory.PublishAsync(new ApplicationRejected { OccurredAt = DateTimeOffset.UtcNow.AddDays(-5), Tenant = centre, FileId = fileId, ItemCode = item, ApproverStaffId = "o1", Reason = "收入超标" }, "policy-law");
        }

        await factory.EventuallyAsync(() => factory.QueryAsync(centre, db => db.Referrals.CountAsync()), n => n == 2);
        var worker = factory.WorkerOf(centre);

        var scan = await factory.ScannedAsync(worker);
        var listed = (await worker.GetFromJsonAsync<JsonElement>("/v1/silent-family/findings")).Items("findings").ToList();
        var raised = listed.ToDictionary(f => Guid.Parse(f.Str("householdId")), f => f.Items("reasons").Select(r => r.Str("ruleCode")).ToArray());
        Assert.Equal(["elderly-alone"], raised[alone]);
        Assert.Equal(["disability-no-benefit"], raised[disabled]);
        Assert.Equal(["repeated-rejections"], raised[rejectedTwice]);
        Assert.False(raised.ContainsKey(ordinary));
        Assert.Equal(("SCAN_STATUS_DONE", 4, 3), (scan.Str("status"), Assert.Single(scan.Items("centres")).Int("householdsScanned"), scan.Int("findingsRaised")));
        Assert.All(listed, f => Assert.All(f.Items("reasons"), r => Assert.NotEmpty(r.Str("text"))));
        var found = await factory.PublishedAsync("silent-family-found", alone.ToString());
        Assert.Equal(["elderly-alone"], Assert.Single(found).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var again = await factory.ScannedAsync(worker);
        Assert.Equal(0, again.Int("findingsRaised"));
        Assert.Equal(3, await factory.QueryAsync(centre, db => db.Findings.CountAsync()));

        var findings = (await worker.GetFromJsonAsync<JsonElement>("/v1/silent-family/findings")).Items("findings").ToDictionary(f => Guid.Parse(f.Str("householdId")), f => f.Str("findingId"));
        var accepted = await worker.PostAsJsonAsync($"/v1/silent-family/findings/{findings[alone]}:accept", new { }).OkAsync();
        Assert.Equal("CASE_ORIGIN_SILENT_FAMILY_FINDING", accepted.Str("origin"));
        Assert.Contains("独居老人", accepted.Str("reason"), StringComparison.Ordinal);
        var noReason = await worker.PostAsJsonAsync($"/v1/silent-family/findings/{findings[disabled]}:dismiss", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        await worker.PostAsJsonAsync($"/v1/silent-family/findings/{findings[disabled]}:dismiss", new { reason = "已享受残联护理补贴，数据未同步" }).OkAsync();
        var deferred = await worker.PostAsJsonAsync($"/v1/silent-family/findings/{findings[rejectedTwice]}:defer", new { until = CaseTests.Day(14) }).OkAsync();
        Assert.Equal("FINDING_STATUS_DEFERRED", deferred.Str("status"));

        var third = await factory.ScannedAsync(worker);
        Assert.Equal(0, third.Int("findingsRaised"));
        Assert.Equal(3, await factory.QueryAsync(centre, db => db.Findings.CountAsync()));

        // The district scans every centre it knows households of, each as a centre it names (and audits so).
        var district = await factory.ScannedAsync(factory.ClientFor("yangpu-admin", ["district-admin"], tenant: null));
        var ours = district.Items("centres").Single(c => c.Str("centre") == centre);
        Assert.Equal((4, 0), (ours.Int("householdsScanned"), ours.Int("findingsRaised")));
        Assert.Contains(await factory.AuditAsync(centre), a => a is { Action: "scan-silent-families", Actor: "yangpu-admin", NamedByDistrict: true });
    }

    [Fact]
    public async Task The_district_changes_a_rule_within_its_bounds_and_workers_only_read_the_rules()
    {
        var district = factory.ClientFor("yangpu-admin", ["district-admin"], tenant: null);
        var rules = await factory.WorkerOf(SocialWorkFactory.NewCentre()).GetFromJsonAsync<JsonElement>("/v1/silent-family/rules");
        Assert.Equal(["benefit-ended", "disability-no-benefit", "elderly-alone", "income-drop", "repeated-rejections"], rules.Items("rules").Select(r => r.Str("code")));

        var outOfRange = await district.PutAsJsonAsync("/v1/silent-family/rules/elderly-alone", new { enabled = true, parameters = new { minAge = 30, months = 6 } });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("parameters.minAge", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var byWorker = await factory.WorkerOf(SocialWorkFactory.NewCentre()).PutAsJsonAsync("/v1/silent-family/rules/elderly-alone", new { enabled = false, parameters = new { minAge = 80, months = 6 } });
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);

        var changed = await district.PutAsJsonAsync("/v1/silent-family/rules/income-drop", new { enabled = true, parameters = new { percent = "40", months = 6 } }).OkAsync();
        Assert.Equal("40", changed.GetProperty("parameters").Str("percent"));
        await district.PutAsJsonAsync("/v1/silent-family/rules/income-drop", new { enabled = true, parameters = new { percent = "30", months = 6 } }).OkAsync();
    }

    [Fact]
    public async Task The_demo_seed_gives_jiangpu_the_two_months_of_the_article_in_the_reports_form()
    {
        await factory.SeedAsync();
        await factory.SeedAsync();

        var jiangpu = Assert.Single((await factory.HeadOf("jiangpu", "jiangpu-s032").GetFromJsonAsync<JsonElement>("/v1/statistics")).Items("centres"));
        var tally = jiangpu.GetProperty("tally");
        Assert.Equal((1_120, 20, 9, 15, 6, 2),
            (tally.Int("labourSurveys"), tally.Int("peopleReceived"), tally.Int("jobRecommendations"), tally.Int("homeInvestigations"), tally.Int("casesOpened"), tally.Int("casesClosed")));
        Assert.EndsWith("社会工作部累计开展人力资源调查1120人次，接待困难对象20人次，岗位推荐9人，开展民政救助入户调查15人次，开展个案6个、结案2个。", jiangpu.Str("report"), StringComparison.Ordinal);
        Assert.Equal((2, 2), (jiangpu.Int("activePairings"), jiangpu.Int("employersPaired")));
        Assert.Equal(1_120, jiangpu.Items("workers").Sum(w => w.GetProperty("tally").Int("labourSurveys")));

        var district = await factory.ClientFor("yangpu-admin", ["district-admin"], tenant: null).GetFromJsonAsync<JsonElement>("/v1/statistics");
        var dinghai = district.Items("centres").Single(c => c.Str("centre") == "dinghai").GetProperty("tally");
        Assert.Equal((560, 10, 4, 7, 3, 1), (dinghai.Int("labourSurveys"), dinghai.Int("peopleReceived"), dinghai.Int("jobRecommendations"), dinghai.Int("homeInvestigations"), dinghai.Int("casesOpened"), dinghai.Int("casesClosed")));

        Assert.Equal(11, await factory.QueryAsync("jiangpu", db => db.Resources.CountAsync()));
        Assert.Equal(2, await factory.QueryAsync("jiangpu", db => db.Referrals.CountAsync(r => r.Status == ReferralStatus.Open)));
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientFor("jiangpu-s004", ["clerk"], "jiangpu").GetAsync("/v1/statistics")).StatusCode);
    }

    [Fact]
    public async Task The_scan_over_a_demo_centre_finds_its_elderly_alone_and_disabled_without_benefit_with_reasons()
    {
        await factory.SeedAsync();
        var centre = DemoDistrict.DemoDistrictGenerator.District.Centre("pingliang");
        await factory.DemoHouseholdsKnownAsync(centre);
        var scan = await factory.ScannedAsync(factory.ClientFor("pingliang-s020", SocialWorkFactory.Worker, centre.Code));
        Assert.Equal(("SCAN_STATUS_DONE", centre.Households.Count), (scan.Str("status"), scan.Int("householdsScanned")));

        var findings = (await factory.ClientFor("pingliang-s020", SocialWorkFactory.Worker, centre.Code).GetFromJsonAsync<JsonElement>("/v1/silent-family/findings")).Items("findings").ToList();
        Assert.True(findings.Count >= 10, $"only {findings.Count} findings");
        var reasons = findings.SelectMany(f => f.Items("reasons")).ToList();
        Assert.Contains(reasons, r => r.Str("ruleCode") == "elderly-alone" && r.Str("text").Contains("独居老人", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Str("ruleCode") == "disability-no-benefit" && r.Str("text").Contains("未享受任何补贴", StringComparison.Ordinal));
        var withOpenCase = await factory.QueryAsync(centre.Code, db => db.Cases.Where(c => c.Status != CaseStatus.Closed).Select(c => c.HouseholdId).ToListAsync());
        Assert.NotEmpty(withOpenCase);
        Assert.DoesNotContain(findings, f => withOpenCase.Contains(Guid.Parse(f.Str("householdId"))));
    }

    [Fact]
    public async Task Statistics_refuse_a_reversed_period()
    {
        var response = await factory.WorkerOf(SocialWorkFactory.NewCentre()).GetAsync("/v1/statistics?from=2026-06-30&to=2026-05-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"to\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
