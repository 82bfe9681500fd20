using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace OneWindow.PolicyLaw.Tests;

public sealed class ApprovalTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private static readonly string[] Supervisor = ["supervisor"];

    [Fact]
    public async Task A_reviewed_file_is_approved_and_its_benefit_scheduled_with_events()
    {
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var approved = await Officer("jiangpu", "officer-a").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { reason = "符合条件", monthlyAmount = "150.00" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("APPROVAL_STATUS_APPROVED", (await approved.ReadAsync()).GetProperty("status").GetString());
        var schedules = await (await Officer("jiangpu").GetAsync($"/v1/disbursement/schedules?householdId={reviewed.HouseholdId}")).ReadAsync();
        Assert.Equal("150.00", schedules.GetProperty("schedules")[0].GetProperty("monthlyAmount").GetString());
        Assert.Single(await policyLaw.PublishedAsync("application-approved", reviewed.FileId.ToString()));
        var scheduled = Assert.Single(await policyLaw.PublishedAsync("disbursement-scheduled", reviewed.HouseholdId.ToString()!));
        Assert.Equal("jiangpu", scheduled.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task The_worklist_comes_a_page_at_a_time_pending_by_deadline_and_decided_latest_first()
    {
        var centre = $"c{Guid.NewGuid():N}"[..12];
        var files = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var reviewed = ApprovalFlow.Reviewed(centre, "elderly-allowance");
            await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
            files.Add(reviewed.FileId);
        }

        var officer = Officer(centre);
        var pending = await (await officer.GetAsync("/v1/approvals?pageSize=2")).ReadAsync();
        var pendingRest = await (await officer.GetAsync($"/v1/approvals?pageSize=2&pageToken={pending.GetProperty("nextPageToken").GetString()}")).ReadAsync();
        foreach (var file in files)
        {
            (await officer.PostAsJsonAsync($"/v1/approvals/{file}:approve", new { reason = "符合条件", monthlyAmount = "150.00" })).EnsureSuccessStatusCode();
        }

        var approved = await (await officer.GetAsync("/v1/approvals?status=APPROVAL_STATUS_APPROVED&pageSize=2")).ReadAsync();
        var approvedRest = await (await officer.GetAsync($"/v1/approvals?status=APPROVAL_STATUS_APPROVED&pageSize=2&pageToken={approved.GetProperty("nextPageToken").GetString()}")).ReadAsync();
        var badToken = await officer.GetAsync("/v1/approvals?pageToken=nonsense");

        var pendingSeen = Ids(pending).Concat(Ids(pendingRest)).ToList();
        Assert.Equal((2, 1), (Ids(pending).Count, Ids(pendingRest).Count));
        Assert.Equal(files.Order(), pendingSeen.Select(Guid.Parse).Order());
        Assert.Equal(files.AsEnumerable().Reverse().Select(f => f.ToString()), Ids(approved).Concat(Ids(approvedRest)));
        Assert.Equal(string.Empty, approvedRest.GetProperty("nextPageToken").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        static List<string> Ids(System.Text.Json.JsonElement page) => [.. page.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("fileId").GetString()!)];
    }

    [Fact]
    public async Task The_disbursement_schedules_come_a_page_at_a_time_latest_first_with_their_whole_count()
    {
        var centre = $"c{Guid.NewGuid():N}"[..12];
        var officer = Officer(centre);
        var files = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var reviewed = ApprovalFlow.Reviewed(centre, "elderly-allowance");
            await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
            (await officer.PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { reason = "符合条件", monthlyAmount = "150.00" })).EnsureSuccessStatusCode();
            files.Add(reviewed.FileId.ToString());
        }

        var first = await (await officer.GetAsync("/v1/disbursement/schedules?pageSize=2")).ReadAsync();
        var second = await (await officer.GetAsync($"/v1/disbursement/schedules?pageSize=2&pageToken={first.Str("nextPageToken")}")).ReadAsync();
        var badToken = await officer.GetAsync("/v1/disbursement/schedules?pageToken=nonsense");

        var seen = new[] { first, second }.SelectMany(p => p.GetProperty("schedules").EnumerateArray()).Select(s => s.Str("fileId"));
        Assert.Equal(files.AsEnumerable().Reverse(), seen);
        Assert.Equal(3, first.Int("totalSize"));
        Assert.Equal(string.Empty, second.Str("nextPageToken"));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_first_review_completed_because_its_item_needs_no_approval_never_enters_the_worklist()
    {
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance") with { Completed = true };

        await policyLaw.PublishAsync(reviewed, "review");
        await policyLaw.HandledAsync("application-reviewed");

        Assert.Equal(HttpStatusCode.NotFound, (await Officer("jiangpu").GetAsync($"/v1/approvals/{reviewed.FileId}")).StatusCode);
    }

    [Fact]
    public async Task The_benefit_amount_comes_from_the_households_facts_on_record()
    {
        var household = Guid.NewGuid();
        await policyLaw.PublishAsync(new OneWindow.Events.HouseholdChanged
        {
            OccurredAt = TimeProvider.System.GetUtcNow(),
            Tenant = "jiangpu",
            HouseholdId = household,
            MemberIds = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()],
            Facts = new OneWindow.Events.EligibilityFacts { AgeYears = 85, HouseholdSize = 3, PerCapitaMonthlyIncome = 1_000m, HukouDistrict = "310110" },
        }, "intake");
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance", household);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        await WaitForFactsAsync(household);

        (await Officer("jiangpu").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { })).EnsureSuccessStatusCode();

        var schedules = await (await Officer("jiangpu").GetAsync($"/v1/disbursement/schedules?householdId={household}")).ReadAsync();
        // The elderly allowance for an 85-year-old: 150 CNY a month.
        Assert.Equal("150.00", schedules.GetProperty("schedules")[0].GetProperty("monthlyAmount").GetString());
    }

    [Fact]
    public async Task An_older_report_of_a_households_facts_arriving_late_does_not_overwrite_the_newer_one()
    {
        var household = Guid.NewGuid();
        var now = TimeProvider.System.GetUtcNow();
        await policyLaw.PublishAsync(HouseholdOf(household, now, size: 3), "intake");
        await WaitForFactsAsync(household);

        await policyLaw.PublishAsync(HouseholdOf(household, now.AddMinutes(-5), size: 1), "intake");
        await policyLaw.HandledAsync("household-changed");

        await using var connection = await policyLaw.OpenAppConnectionAsync("jiangpu");
        await using var command = new NpgsqlCommand($"SELECT household_size FROM household_facts WHERE household_id = '{household}'", connection);
        Assert.Equal(3, await command.ExecuteScalarAsync());
    }

    private static OneWindow.Events.HouseholdChanged HouseholdOf(Guid household, DateTimeOffset at, int size) => new()
    {
        OccurredAt = at,
        Tenant = "jiangpu",
        HouseholdId = household,
        MemberIds = [.. Enumerable.Range(0, size).Select(_ => Guid.NewGuid())],
        Facts = new OneWindow.Events.EligibilityFacts { AgeYears = 70, HouseholdSize = size, PerCapitaMonthlyIncome = 1_000m, HukouDistrict = "310110" },
    };

    [Fact]
    public async Task The_approver_is_offered_the_rules_amount_and_another_amount_needs_a_reason_which_the_batch_shows()
    {
        var household = await EightyFiveYearOldAsync();
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance", household);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        await WaitForFactsAsync(household);

        var offered = await (await Officer("jiangpu").GetAsync($"/v1/approvals/{reviewed.FileId}")).ReadAsync();
        var silent = await Officer("jiangpu").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "300.00" });
        var stated = await Officer("jiangpu").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "300.00", amountReason = "独居且失能，经主任办公会研究按高档发放" });

        Assert.Equal(("150.00", true), (offered.GetProperty("ruleAmount").GetString(), offered.GetProperty("monthlyBenefit").GetBoolean()));
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.Contains("amountReason", await silent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stated.StatusCode);
        await Officer("jiangpu").PostAsJsonAsync("/v1/disbursement/batches", new { period = OneWindow.Common.Time.ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) });
        var ledger = await (await policyLaw.ClientFor("director-1", ["director"], "jiangpu").GetAsync($"/v1/disbursement/ledger?householdId={household}")).ReadAsync();
        var payment = Assert.Single(ledger.GetProperty("entries").EnumerateArray());
        Assert.Equal(("300.00", "150.00", "独居且失能，经主任办公会研究按高档发放"),
            (payment.GetProperty("amount").GetString(), payment.GetProperty("ruleAmount").GetString(), payment.GetProperty("amountReason").GetString()));
    }

    [Fact]
    public async Task The_rules_own_amount_stated_needs_no_reason()
    {
        var household = await EightyFiveYearOldAsync();
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance", household);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        await WaitForFactsAsync(household);

        var approved = await Officer("jiangpu").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "150.00" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Theory]
    [InlineData("reviewer-7", "reviewer-7", "clerk-1")]
    [InlineData("clerk-9", "reviewer-1", "clerk-9")]
    public async Task Whoever_reviewed_or_accepted_a_file_cannot_approve_it_and_the_refusal_is_audited(string approver, string reviewer, string clerk)
    {
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance", reviewer: reviewer, clerk: clerk);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var refused = await Officer("jiangpu", approver).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "75.00" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("separation-of-duties", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("APPROVAL_STATUS_PENDING", (await (await Officer("jiangpu").GetAsync($"/v1/approvals/{reviewed.FileId}")).ReadAsync()).GetProperty("status").GetString());
        await using var connection = await policyLaw.OpenAppConnectionAsync("jiangpu");
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM audit_records WHERE subject_id = '{reviewed.FileId}' AND outcome = 'Denied' AND actor = '{approver}'", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_time_limited_file_needs_its_named_supervisors_recheck_before_approval()
    {
        var reviewed = ApprovalFlow.Reviewed("dinghai", "dibao");
        var arrived = await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        var named = arrived.GetProperty("supervisorStaffId").GetString()!;
        var officer = Officer("dinghai");

        var tooEarly = await officer.PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "510.00" });
        var wrongSupervisor = await policyLaw.ClientFor("dinghai-s999", Supervisor, "dinghai").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:recheck", new { });
        var recheck = await policyLaw.ClientFor(named, Supervisor, "dinghai").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:recheck", new { });
        var approved = await officer.PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "510.00" });

        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("recheck-required", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrongSupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recheck.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task Approving_twice_is_a_conflict_and_changes_nothing()
    {
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        (await Officer("jiangpu").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "75.00" })).EnsureSuccessStatusCode();

        var again = await Officer("jiangpu", "officer-b").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:reject", new { reason = "重复" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("officer-1", (await (await Officer("jiangpu").GetAsync($"/v1/approvals/{reviewed.FileId}")).ReadAsync()).GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task The_same_reviewed_event_delivered_twice_opens_one_case()
    {
        var reviewed = ApprovalFlow.Reviewed("pingliang", "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        await policyLaw.PublishAsync(reviewed, "review");
        await policyLaw.HandledAsync("application-reviewed");

        await using var connection = await policyLaw.OpenAppConnectionAsync("pingliang");
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM approval_cases WHERE file_id = '{reviewed.FileId}'", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_centre_cannot_see_or_decide_another_centres_files()
    {
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var seen = await Officer("dinghai").GetAsync($"/v1/approvals/{reviewed.FileId}");
        var decided = await Officer("dinghai").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "75.00" });
        var named = await Officer("dinghai").SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/approvals/{reviewed.FileId}") { Headers = { { "X-OneWindow-Centre", "jiangpu" } } });

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, named.StatusCode);
        await using var connection = await policyLaw.OpenAppConnectionAsync("dinghai");
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM approval_cases WHERE file_id = '{reviewed.FileId}'", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("not-a-guid", """{"reason":"x"}""", HttpStatusCode.BadRequest)]
    [InlineData("7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":""}""", HttpStatusCode.BadRequest)]
    [InlineData("7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":"x"}""", HttpStatusCode.NotFound)]
    [InlineData("7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":42}""", HttpStatusCode.BadRequest)]
    public async Task A_bad_decision_request_is_refused_clearly(string fileId, string body, HttpStatusCode expected)
    {
        var response = await Officer("jiangpu").PostAsync($"/v1/approvals/{fileId}:reject", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_clerk_cannot_approve()
    {
        var reviewed = ApprovalFlow.Reviewed("jiangpu", "elderly-allowance");
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var response = await policyLaw.ClerkOf("jiangpu", "clerk-5").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient Officer(string centre, string subject = "officer-1") => policyLaw.ClientFor(subject, PolicyLawFactory.PolicyOfficer, centre);

    private async Task<Guid> EightyFiveYearOldAsync()
    {
        var household = Guid.NewGuid();
        await policyLaw.PublishAsync(new OneWindow.Events.HouseholdChanged
        {
            OccurredAt = TimeProvider.System.GetUtcNow(),
            Tenant = "jiangpu",
            HouseholdId = household,
            MemberIds = [Guid.NewGuid()],
            Facts = new OneWindow.Events.EligibilityFacts { AgeYears = 85, HouseholdSize = 1, PerCapitaMonthlyIncome = 1_000m, HukouDistrict = "310110" },
        }, "intake");
        return household;
    }

    private async Task WaitForFactsAsync(Guid household)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var connection = await policyLaw.OpenAppConnectionAsync("jiangpu");
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM household_facts WHERE household_id = '{household}'", connection);
            if ((long)(await command.ExecuteScalarAsync())! == 1)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The household's facts never arrived.");
    }
}
