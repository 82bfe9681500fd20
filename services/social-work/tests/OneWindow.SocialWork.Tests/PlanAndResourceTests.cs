using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OneWindow.SocialWork.Tests;

/// <summary>Plans against the real policy-law (FindEligibleItems over gRPC) and the resource directory with its capacity.</summary>
public sealed class PlanAndResourceTests(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    [Fact]
    public async Task A_worker_opens_a_case_visits_and_builds_a_plan_linking_an_eligible_policy_and_a_training_class()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, caseId) = await factory.OpenCaseAsync(centre, perCapita: 1_200m);
        var worker = factory.WorkerOf(centre);
        await worker.PostAsJsonAsync("/v1/visits:record", new
        {
            householdId, caseId, purpose = "VISIT_PURPOSE_ASSESSMENT", findings = "户主失业一年，有书法特长，愿意参加培训",
            visitedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        }).OkAsync();
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_ASSESSMENT" }).OkAsync();
        await worker.PutAsJsonAsync($"/v1/cases/{caseId}/situation", new
        {
            situation = new { needs = new[] { "NEED_JOB_TRAINING", "NEED_EMPLOYMENT" }, risks = new[] { "RISK_LONG_TERM_UNEMPLOYMENT" }, employment = "EMPLOYMENT_STATUS_UNEMPLOYED", monthlyIncome = "2400.00" },
        }).OkAsync();
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_PLAN" }).OkAsync();
        await worker.PutAsJsonAsync($"/v1/cases/{caseId}/plan", new { goals = new[] { "三个月内参加职业技能培训并就业" }, reviewOn = CaseTests.Day(60) }).OkAsync();

        var plan = await worker.GetFromJsonAsync<JsonElement>($"/v1/cases/{caseId}/plan");
        Assert.True(plan.GetProperty("suggestionsAvailable").GetBoolean());
        var suggested = plan.Items("suggestedPolicies").Select(p => p.Str("itemCode")).ToList();
        Assert.Contains("temporary-assistance", suggested);
        Assert.DoesNotContain("elderly-allowance", suggested);

        var linked = await worker.PostAsJsonAsync($"/v1/cases/{caseId}/plan/policies", new { itemCode = "temporary-assistance" }).OkAsync();
        var policy = Assert.Single(linked.Items("policies"));
        Assert.Equal("1000.00", policy.Str("monthlyAmount"));
        Assert.NotEmpty(policy.Str("reason"));
        var notEligible = await worker.PostAsJsonAsync($"/v1/cases/{caseId}/plan/policies", new { itemCode = "elderly-allowance" });
        Assert.Equal(HttpStatusCode.BadRequest, notEligible.StatusCode);
        Assert.Contains("not-eligible", await notEligible.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("temporary-assistance", (await worker.GetFromJsonAsync<JsonElement>($"/v1/cases/{caseId}/plan")).Items("suggestedPolicies").Select(p => p.Str("itemCode")));

        var training = await RegisterAsync(centre, "家政服务员职业技能培训班", "RESOURCE_KIND_TRAINING_CLASS", 20, "NEED_JOB_TRAINING", "NEED_EMPLOYMENT");
        await RegisterAsync(centre, "心理咨询中心", "RESOURCE_KIND_NGO", 5, "NEED_PSYCHOLOGICAL");
        var matches = await worker.GetFromJsonAsync<JsonElement>($"/v1/cases/{caseId}/resource-matches");
        Assert.Equal([training], matches.Items("matches").Select(m => m.Str("resourceId")));

        var withResource = await worker.PostAsJsonAsync($"/v1/cases/{caseId}/plan/resources", new { resourceId = training, kind = "LINK_KIND_REFERRAL", note = "报名下一期" }).OkAsync();
        var resource = Assert.Single(withResource.Items("resources"));
        Assert.Equal("RESOURCE_KIND_TRAINING_CLASS", resource.Str("kind"));
        await factory.PublishedAsync("referral-made", resource.Str("referralId"));
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}/plan/actions", new { description = "报名家政服务员培训", owner = "w1", dueOn = CaseTests.Day(14) }).OkAsync();
        var inProgress = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_IN_PROGRESS" }).OkAsync();
        Assert.Equal("CASE_STATUS_IN_PROGRESS", inProgress.Str("status"));
        Assert.Empty((await worker.GetFromJsonAsync<JsonElement>($"/v1/cases/{caseId}/resource-matches")).Items("matches"));
    }

    [Fact]
    public async Task A_referral_to_a_resource_at_capacity_is_refused_and_takes_no_place_until_one_is_freed()
    {
        var centre = SocialWorkFactory.NewCentre();
        var employer = await RegisterAsync(centre, "结对企业", "RESOURCE_KIND_EMPLOYER", 1, "NEED_EMPLOYMENT");
        var (_, first) = await PlannedCaseAsync(centre, "w1");
        var (_, second) = await PlannedCaseAsync(centre, "w2");

        var paired = await factory.WorkerOf(centre, "w1").PostAsJsonAsync($"/v1/cases/{first}/plan/resources", new { resourceId = employer, kind = "LINK_KIND_PAIRING" }).OkAsync();
        var full = await factory.WorkerOf(centre, "w2").PostAsJsonAsync($"/v1/cases/{second}/plan/resources", new { resourceId = employer, kind = "LINK_KIND_PAIRING" });

        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Contains("resourceId", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(centre, db => db.Resources.Where(r => r.Id == Guid.Parse(employer)).Select(r => r.InUse).SingleAsync()));
        Assert.Equal(1, await factory.QueryAsync(centre, db => db.ResourceReferrals.CountAsync()));

        var referralId = Assert.Single(paired.Items("resources")).Str("referralId");
        var concluded = await factory.WorkerOf(centre, "w1").PostAsJsonAsync($"/v1/resource-referrals/{referralId}:conclude", new { status = "LINK_STATUS_COMPLETED", outcome = "已签订劳动合同" }).OkAsync();
        Assert.Equal("LINK_STATUS_COMPLETED", concluded.Str("status"));
        await factory.WorkerOf(centre, "w2").PostAsJsonAsync($"/v1/cases/{second}/plan/resources", new { resourceId = employer, kind = "LINK_KIND_PAIRING" }).OkAsync();
    }

    [Fact]
    public async Task Two_workers_taking_the_last_place_at_once_get_one_place_between_them()
    {
        var centre = SocialWorkFactory.NewCentre();
        var employer = await RegisterAsync(centre, "只剩一个岗位的企业", "RESOURCE_KIND_EMPLOYER", 1, "NEED_EMPLOYMENT");
        var cases = await Task.WhenAll(PlannedCaseAsync(centre, "w1"), PlannedCaseAsync(centre, "w2"), PlannedCaseAsync(centre, "w3"));

        var responses = await Task.WhenAll(cases.Select((c, i) =>
            factory.WorkerOf(centre, $"w{i + 1}").PostAsJsonAsync($"/v1/cases/{c.CaseId}/plan/resources", new { resourceId = employer, kind = "LINK_KIND_PAIRING" })));

        Assert.Single(responses, r => r.IsSuccessStatusCode);
        Assert.All(responses.Where(r => !r.IsSuccessStatusCode), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await factory.QueryAsync(centre, db => db.ResourceReferrals.CountAsync()));
    }

    [Fact]
    public async Task A_resource_with_bad_fields_is_refused_naming_each()
    {
        var response = await factory.WorkerOf(SocialWorkFactory.NewCentre()).PostAsJsonAsync("/v1/resources", new { kind = "RESOURCE_KIND_NGO", name = "", capacity = 0, services = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "name", "capacity", "services", "contactName", "contactPhone" })
        {
            Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Employment_help_is_recorded_for_members_of_the_household_only()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, members) = await factory.KnownHouseholdAsync(centre, size: 3);
        var worker = factory.WorkerOf(centre);

        var survey = await worker.PostAsJsonAsync("/v1/labour-surveys", new { householdId, residentId = members[1], employment = "EMPLOYMENT_STATUS_UNEMPLOYED", skills = new[] { "书法" }, wantsWork = true }).OkAsync();
        Assert.Equal("w1", survey.Str("surveyedBy"));
        var stranger = await worker.PostAsJsonAsync("/v1/labour-surveys", new { householdId, residentId = Guid.NewGuid(), employment = "EMPLOYMENT_STATUS_EMPLOYED" });
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Contains("residentId", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recommendation = await worker.PostAsJsonAsync("/v1/job-recommendations", new { householdId, residentId = members[1], employer = "杨浦区某超市", position = "理货员" }).OkAsync();
        Assert.Equal("RECOMMENDATION_OUTCOME_PENDING", recommendation.Str("outcome"));
        var hired = await worker.PostAsJsonAsync($"/v1/job-recommendations/{recommendation.Str("recommendationId")}:outcome", new { outcome = "RECOMMENDATION_OUTCOME_HIRED" }).OkAsync();
        Assert.Equal("RECOMMENDATION_OUTCOME_HIRED", hired.Str("outcome"));
        var twice = await worker.PostAsJsonAsync($"/v1/job-recommendations/{recommendation.Str("recommendationId")}:outcome", new { outcome = "RECOMMENDATION_OUTCOME_DECLINED" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        await worker.PostAsJsonAsync("/v1/receptions", new { householdId, concern = "NEED_EMPLOYMENT", note = "来访求职" }).OkAsync();
        var statistics = await worker.GetFromJsonAsync<JsonElement>($"/v1/statistics?from={CaseTests.Day(-1)}&to={CaseTests.Day(0)}");
        var tally = Assert.Single(statistics.Items("centres")).GetProperty("tally");
        Assert.Equal((1, 1, 1), (tally.Int("labourSurveys"), tally.Int("peopleReceived"), tally.Int("jobRecommendations")));
    }

    private async Task<string> RegisterAsync(string centre, string name, string kind, int capacity, params string[] services) =>
        (await factory.WorkerOf(centre).PostAsJsonAsync("/v1/resources", new { kind, name, capacity, services, contactName = "刘经理", contactPhone = "021-65430000" }).OkAsync()).Str("resourceId");

    private async Task<(Guid HouseholdId, string CaseId)> PlannedCaseAsync(string centre, string worker)
    {
        var opened = await factory.OpenCaseAsync(centre, worker);
        await factory.WorkerOf(centre, worker).PutAsJsonAsync($"/v1/cases/{opened.CaseId}/plan", new { goals = new[] { "就业" }, reviewOn = CaseTests.Day(30) }).OkAsync();
        return opened;
    }
}
