using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Visits;

namespace OneWindow.SocialWork.Tests;

/// <summary>Each test works in a centre of its own.</summary>
public sealed class CaseTests(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_rejected_dibao_application_refers_the_household_whichever_event_arrives_first(bool acceptedFirst)
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, members) = await factory.KnownHouseholdAsync(centre);
        var fileId = Guid.NewGuid();
        var accepted = new ApplicationAccepted
        {
            OccurredAt = DateTimeOffset.UtcNow.AddDays(-20), Tenant = centre, FileId = fileId, ItemCode = "dibao", ItemVersion = 1, Kind = Common.Vocabulary.ItemKind.Routed,
            ResidentId = members[0], HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = Common.Vocabulary.DeliveryMethod.HomeDelivery,
        };
        var rejected = new ApplicationRejected { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", ApproverStaffId = "officer-1", Reason = "家庭人均收入高于低保标准" };

        if (acceptedFirst)
        {
            await factory.PublishAsync(accepted, "intake");
            await factory.PublishAsync(rejected, "policy-law");
        }
        else
        {
            await factory.PublishAsync(rejected, "policy-law");
            await factory.PublishAsync(accepted, "intake");
        }

        var referrals = await factory.EventuallyAsync(factory.WorkerOf(centre), "/v1/referrals", r => r.Items("referrals").Any());
        var referral = Assert.Single(referrals.Items("referrals"));
        Assert.Equal(householdId.ToString(), referral.Str("householdId"));
        Assert.Equal("REFERRAL_SOURCE_APPLICATION_REJECTED", referral.Str("source"));
        Assert.Equal(fileId.ToString(), referral.Str("fileId"));
        Assert.Contains("家庭人均收入高于低保标准", referral.Str("reason"), StringComparison.Ordinal);

        var socialCase = await factory.WorkerOf(centre).PostAsJsonAsync($"/v1/referrals/{referral.Str("referralId")}:accept", new { }).OkAsync();
        Assert.Equal("CASE_ORIGIN_APPLICATION_REJECTED", socialCase.Str("origin"));
        Assert.Equal(referral.Str("referralId"), socialCase.Str("originId"));
        Assert.Equal("w1", socialCase.Str("leadWorker"));
        await factory.PublishedAsync("case-opened", socialCase.Str("caseId"));
    }

    [Fact]
    public async Task A_benefit_that_ended_is_referred_by_the_items_name_even_before_social_works_catalogue_has_heard_of_the_item()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, _) = await factory.KnownHouseholdAsync(centre);

        // heating-subsidy is not in this test database's copy of the catalogue: the event names it.
        await factory.PublishAsync(new BenefitEnded { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, HouseholdId = householdId, ItemCode = "heating-subsidy", ItemName = "困难家庭冬季取暖补贴", Reason = BenefitEndReason.NotRenewed }, "policy-law");

        var referrals = await factory.EventuallyAsync(factory.WorkerOf(centre), "/v1/referrals", r => r.Items("referrals").Any());
        Assert.Equal("困难家庭冬季取暖补贴待遇终止（到期未续办）", Assert.Single(referrals.Items("referrals")).Str("reason"));
    }

    [Fact]
    public async Task A_dibao_application_rejected_at_first_review_refers_the_household_and_a_passed_one_does_not()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, members) = await factory.KnownHouseholdAsync(centre);
        var (rejectedFile, passedFile) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var fileId in new[] { rejectedFile, passedFile })
        {
            await factory.PublishAsync(new ApplicationAccepted
            {
                OccurredAt = DateTimeOffset.UtcNow.AddDays(-3), Tenant = centre, FileId = fileId, ItemCode = "dibao", ItemVersion = 1, Kind = Common.Vocabulary.ItemKind.Routed,
                ResidentId = members[0], HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = Common.Vocabulary.DeliveryMethod.CollectAtCentre,
            }, "intake");
        }

        await factory.PublishAsync(Reviewed(passedFile, ReviewOutcome.Passed, reason: null), "review");
        await factory.PublishAsync(Reviewed(rejectedFile, ReviewOutcome.Rejected, "申请人有赡养能力的子女未纳入家庭收入核算"), "review");

        var referrals = await factory.EventuallyAsync(factory.WorkerOf(centre), "/v1/referrals", r => r.Items("referrals").Any());
        var referral = Assert.Single(referrals.Items("referrals"));
        Assert.Equal(rejectedFile.ToString(), referral.Str("fileId"));
        Assert.Equal("REFERRAL_SOURCE_APPLICATION_REJECTED", referral.Str("source"));
        Assert.Contains("有赡养能力的子女", referral.Str("reason"), StringComparison.Ordinal);

        ApplicationReviewed Reviewed(Guid fileId, ReviewOutcome outcome, string? reason) => new()
        {
            OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", ItemVersion = 1, Outcome = outcome,
            ReviewerStaffId = "reviewer-1", AcceptingClerkStaffId = "clerk-1", HouseholdId = householdId, ReturnRound = 0, Reason = reason,
        };
    }

    [Fact]
    public async Task A_rejection_of_an_item_that_is_not_assistance_refers_nobody()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, members) = await factory.KnownHouseholdAsync(centre);
        foreach (var (item, fileId) in new[] { ("residence-permit", Guid.NewGuid()), ("temporary-assistance", Guid.NewGuid()) })
        {
            await factory.PublishAsync(new ApplicationAccepted
            {
                OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = item, ItemVersion = 1, Kind = Common.Vocabulary.ItemKind.Routed,
                ResidentId = members[0], HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = Common.Vocabulary.DeliveryMethod.Post,
            }, "intake");
            await factory.PublishAsync(new ApplicationRejected { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = item, ApproverStaffId = "o1", Reason = "不符合条件" }, "policy-law");
        }

        // Both rejections are history for the silent-family rules; only the assistance item refers the household.
        await factory.EventuallyAsync(
            () => factory.QueryAsync(centre, db => db.Observations.CountAsync(o => o.HouseholdId == householdId && o.Kind == ObservationKind.ApplicationRejected)),
            count => count == 2);
        var referrals = await factory.WorkerOf(centre).GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/referrals");
        Assert.Equal(["temporary-assistance"], referrals.Items("referrals").Select(r => r.Str("itemCode")));
    }

    [Fact]
    public async Task A_case_for_an_unknown_household_is_refused_and_nothing_is_stored()
    {
        var centre = SocialWorkFactory.NewCentre();

        var response = await factory.WorkerOf(centre).PostAsJsonAsync("/v1/cases", new { householdId = Guid.NewGuid(), reason = "困难" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("householdId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(centre, db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Bad_input_names_every_offending_field_at_once()
    {
        var response = await factory.WorkerOf(SocialWorkFactory.NewCentre()).PostAsJsonAsync("/v1/cases", new { householdId = "", reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"householdId\"", body, StringComparison.Ordinal);
        Assert.Contains("\"reason\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_steps_through_its_states_and_a_forbidden_step_is_refused_naming_the_allowed_ones()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (_, caseId) = await factory.OpenCaseAsync(centre);
        var worker = factory.WorkerOf(centre);

        var skipping = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_PLAN" });
        Assert.Equal(HttpStatusCode.BadRequest, skipping.StatusCode);
        Assert.Contains("transition-not-allowed", await skipping.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var assessed = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_ASSESSMENT", note = "入户后评估" }).OkAsync();
        Assert.Equal("CASE_STATUS_ASSESSMENT", assessed.Str("status"));
        var step = Assert.Single(assessed.Items("steps"));
        Assert.Equal("w1", step.Str("by"));
        Assert.Equal(["CASE_STATUS_PLAN", "CASE_STATUS_CLOSED"], assessed.Items("next").Select(n => n.GetString()));

        await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_PLAN" }).OkAsync();
        var withoutPlan = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_IN_PROGRESS" });
        Assert.Contains("plan-required", await withoutPlan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Plan, await factory.QueryAsync(centre, db => db.Cases.Where(c => c.Id == Guid.Parse(caseId)).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Closing_a_case_without_a_reason_or_with_open_actions_is_refused_and_changes_nothing()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (_, caseId) = await factory.OpenCaseAsync(centre);
        var worker = factory.WorkerOf(centre);
        foreach (var to in new[] { "CASE_STATUS_ASSESSMENT", "CASE_STATUS_PLAN" })
        {
            await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to }).OkAsync();
        }

        var plan = await worker.PutAsJsonAsync($"/v1/cases/{caseId}/plan", new { goals = new[] { "三个月内就业" }, reviewOn = Day(60) }).OkAsync();
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}/plan/actions", new { description = "推荐岗位", owner = "w1", dueOn = Day(14) }).OkAsync();
        foreach (var to in new[] { "CASE_STATUS_IN_PROGRESS", "CASE_STATUS_REVIEW" })
        {
            await worker.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to }).OkAsync();
        }

        var noReason = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:close", new { note = "结案" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("closureReason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var openActions = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:close", new { closureReason = "CLOSURE_REASON_GOALS_ACHIEVED" });
        Assert.Contains("open-actions", await openActions.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Review, await factory.QueryAsync(centre, db => db.Cases.Where(c => c.Id == Guid.Parse(caseId)).Select(c => c.Status).SingleAsync()));

        var actionId = (await worker.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/cases/{caseId}/plan")).Items("actions").Single().Str("actionId");
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}/plan/actions/{actionId}:settle", new { status = "ACTION_STATUS_DONE", note = "已上岗" }).OkAsync();
        var closed = await worker.PostAsJsonAsync($"/v1/cases/{caseId}:close", new { closureReason = "CLOSURE_REASON_GOALS_ACHIEVED", note = "就业稳定" }).OkAsync();

        Assert.Equal("CASE_STATUS_CLOSED", closed.Str("status"));
        Assert.Equal("CLOSURE_REASON_GOALS_ACHIEVED", closed.Str("closureReason"));
        Assert.NotEmpty(plan.Str("planId"));
        var published = Assert.Single(await factory.PublishedAsync("case-closed", caseId));
        Assert.Equal("w1", published.Str("workerStaffId"));
    }

    [Fact]
    public async Task A_household_has_one_open_case_at_a_time()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, _) = await factory.OpenCaseAsync(centre);

        var second = await factory.WorkerOf(centre, "w2").PostAsJsonAsync("/v1/cases", new { householdId, reason = "再次求助" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(centre, db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task A_visit_dated_in_the_future_cannot_be_recorded_as_done()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, caseId) = await factory.OpenCaseAsync(centre);

        var response = await factory.WorkerOf(centre).PostAsJsonAsync("/v1/visits:record", new
        {
            householdId, caseId, purpose = "VISIT_PURPOSE_ASSESSMENT", visitedAt = DateTimeOffset.UtcNow.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture), findings = "家中无人",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("visitedAt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(centre, db => db.Visits.CountAsync()));
    }

    [Fact]
    public async Task A_visit_done_publishes_its_record_and_schedules_the_next_one_which_heads_the_list_once_overdue()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, caseId) = await factory.OpenCaseAsync(centre);
        var worker = factory.WorkerOf(centre);

        var visit = await worker.PostAsJsonAsync("/v1/visits:record", new
        {
            householdId, caseId, purpose = "VISIT_PURPOSE_ASSESSMENT", visitedAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            findings = "户主失业，有书法特长", nextVisitOn = Day(7),
        }).OkAsync();
        Assert.Equal("VISIT_STATUS_DONE", visit.Str("status"));
        Assert.NotEmpty(visit.Str("nextVisitId"));
        var published = Assert.Single(await factory.PublishedAsync("home-visit-recorded", visit.Str("visitId")));
        Assert.Equal(caseId, published.Str("caseId"));

        // A visit scheduled for a day that has passed (written as the clock moved on) is overdue and comes first.
        await factory.QueryAsync(centre, async db =>
        {
            var overdue = HomeVisit.Schedule(Guid.NewGuid(), householdId, Guid.Parse(caseId), "w1", VisitPurpose.FollowUp,
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), DateTimeOffset.UtcNow);
            db.Visits.Add(overdue);
            return await db.SaveChangesAsync();
        });
        var mine = await worker.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/visits:mine");
        var list = mine.Items("visits").ToList();
        Assert.Equal(2, list.Count);
        Assert.True(list[0].GetProperty("overdue").GetBoolean());
        Assert.False(list[1].GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Sensitive_notes_are_encrypted_withheld_from_others_and_every_reading_is_audited()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (_, caseId) = await factory.OpenCaseAsync(centre);
        var worker = factory.WorkerOf(centre);
        const string secret = "户主有抑郁症病史，与子女关系紧张";
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}/notes", new { text = "首次接案", sensitive = false }).OkAsync();
        await worker.PostAsJsonAsync($"/v1/cases/{caseId}/notes", new { text = secret, sensitive = true }).OkAsync();

        await using (var connection = await factory.OpenAppConnectionAsync(centre))
        {
            await using var command = new NpgsqlCommand("SELECT string_agg(text, '|') FROM case_notes", connection);
            Assert.DoesNotContain(secret, (string)(await command.ExecuteScalarAsync())!, StringComparison.Ordinal);
        }

        var other = factory.WorkerOf(centre, "w9");
        var seenByOther = await other.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/cases/{caseId}");
        Assert.DoesNotContain(secret, seenByOther.ToString(), StringComparison.Ordinal);
        Assert.Contains(seenByOther.Items("notes"), n => n.TryGetProperty("withheld", out var w) && w.GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/v1/cases/{caseId}/sensitive-notes")).StatusCode);

        var byWorker = await worker.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/cases/{caseId}/sensitive-notes");
        Assert.Equal(secret, Assert.Single(byWorker.Items("notes")).Str("text"));
        var byHead = await factory.HeadOf(centre).GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/cases/{caseId}/sensitive-notes");
        Assert.Equal(secret, Assert.Single(byHead.Items("notes")).Str("text"));

        var readings = (await factory.AuditAsync(centre)).Where(a => a.Action == "read-sensitive-notes").Select(a => (a.Actor, a.Outcome)).ToList();
        Assert.Equal([("w9", OneWindow.Audit.AuditOutcome.Denied), ("w1", OneWindow.Audit.AuditOutcome.Done), ("head-1", OneWindow.Audit.AuditOutcome.Done)], readings);
    }

    [Fact]
    public async Task Only_the_cases_workers_and_the_head_change_it_and_a_refusal_is_audited()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (_, caseId) = await factory.OpenCaseAsync(centre);

        var stranger = await factory.WorkerOf(centre, "w9").PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_ASSESSMENT" });
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Contains((await factory.AuditAsync(centre)), a => a is { Action: "advance-case", Actor: "w9", Outcome: OneWindow.Audit.AuditOutcome.Denied });

        var assigned = await factory.HeadOf(centre).PostAsJsonAsync($"/v1/cases/{caseId}/workers", new { staffId = "w9" }).OkAsync();
        Assert.Equal(["w1", "w9"], assigned.Items("workers").Select(w => w.GetString()));
        var nowAllowed = await factory.WorkerOf(centre, "w9").PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_ASSESSMENT" }).OkAsync();
        Assert.Equal("CASE_STATUS_ASSESSMENT", nowAllowed.Str("status"));
    }

    [Fact]
    public async Task A_worker_of_another_centre_neither_sees_nor_changes_a_case()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, caseId) = await factory.OpenCaseAsync(centre);
        var elsewhere = factory.WorkerOf(SocialWorkFactory.NewCentre(), "w1");

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/v1/cases/{caseId}/sensitive-notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsJsonAsync($"/v1/cases/{caseId}:advance", new { to = "CASE_STATUS_ASSESSMENT" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/v1/households/{householdId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientFor("w1", SocialWorkFactory.Worker, centre, namedCentre: SocialWorkFactory.NewCentre()).GetAsync($"/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(CaseStatus.Intake, await factory.QueryAsync(centre, db => db.Cases.Where(c => c.Id == Guid.Parse(caseId)).Select(c => c.Status).SingleAsync()));

        // And row-level security holds below EF: another centre's connection sees no row.
        await using var connection = await factory.OpenAppConnectionAsync(SocialWorkFactory.NewCentre());
        await using var command = new NpgsqlCommand("SELECT count(*) FROM cases", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("clerk", "/v1/cases")]
    [InlineData("grid-manager", "/v1/cases")]
    [InlineData("director", "/v1/cases")]
    [InlineData("resident", "/v1/referrals")]
    public async Task Roles_outside_the_department_cannot_work_cases(string role, string path)
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, _) = await factory.KnownHouseholdAsync(centre);

        var response = await factory.ClientFor("someone", [role], centre).PostAsJsonAsync(path, new { householdId, reason = "困难", source = "REFERRAL_SOURCE_GRID_MANAGER_REPORT" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task A_grid_manager_reports_a_household_and_a_worker_declines_with_a_reason()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (householdId, _) = await factory.KnownHouseholdAsync(centre, age: 88, size: 1);

        var referral = await factory.ClientFor("grid-7", ["grid-manager"], centre)
            .PostAsJsonAsync("/v1/referrals", new { householdId, source = "REFERRAL_SOURCE_GRID_MANAGER_REPORT", reason = "独居老人行动不便" }).OkAsync();
        Assert.Equal("grid-7", referral.Str("referredBy"));

        var noReason = await factory.WorkerOf(centre).PostAsJsonAsync($"/v1/referrals/{referral.Str("referralId")}:decline", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var declined = await factory.WorkerOf(centre).PostAsJsonAsync($"/v1/referrals/{referral.Str("referralId")}:decline", new { reason = "子女已接回同住" }).OkAsync();
        Assert.Equal("REFERRAL_STATUS_DECLINED", declined.Str("status"));
        var again = await factory.WorkerOf(centre).PostAsJsonAsync($"/v1/referrals/{referral.Str("referralId")}:accept", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    internal static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
