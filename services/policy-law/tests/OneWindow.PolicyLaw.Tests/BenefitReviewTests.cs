using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OneWindow.Common.Time;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>
/// The annual review of a periodic benefit (困难家庭冬季取暖补贴, due 12 months after approval; 30 days' notice and 60
/// days' grace, the defaults). Each test approves in a centre of its own and moves the approval back in time in the
/// database, so the review runs of a day that has come find it due.
/// </summary>
public sealed class BenefitReviewTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private const string Periodic = "heating-subsidy";
    private static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);
    private static string ThisMonth => Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Approved 12 months and 70 days ago: notice due 100 days ago, review due 70 days ago, grace over 10 days ago.</summary>
    private static readonly DateOnly ApprovedOn = Today.AddDays(-70).AddMonths(-12);
    private static readonly DateOnly DueOn = ApprovedOn.AddMonths(12);

    [Fact]
    public async Task A_benefit_not_reviewed_by_its_due_date_is_announced_then_suspended_then_ends_and_is_no_longer_paid()
    {
        var centre = NewCentre();
        var lapsing = await ApproveAsync(centre, Periodic, "200.00");
        var other = await ApproveAsync(centre, "elderly-allowance", "75.00");
        await ApprovedOnAsync(centre, lapsing, ApprovedOn);

        var noticed = await RunAsync(centre, DueOn.AddDays(-30));
        var suspended = await RunAsync(centre, DueOn);
        var suspendedSchedule = await ScheduleAsync(centre, lapsing);
        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        var ended = await RunAsync(centre, Today);

        Assert.Equal((1, 0, 0), Counts(noticed));
        var notice = Assert.Single(await policyLaw.PublishedAsync("benefit-review-due", lapsing.ToString()));
        Assert.Equal(Day(DueOn), notice.Str("dueOn"));
        Assert.Equal(Day(DueOn.AddDays(60)), notice.Str("endsOn"));
        Assert.Equal((0, 1, 0), Counts(suspended));
        Assert.Equal("suspended", suspendedSchedule.Str("status"));
        Assert.Equal(Day(DueOn), suspendedSchedule.Str("statusSince"));
        Assert.Equal(1, batch.GetProperty("entryCount").GetInt32());
        Assert.Equal("75.00", batch.Str("total"));
        Assert.Equal((0, 0, 1), Counts(ended));
        var end = Assert.Single(await policyLaw.PublishedAsync("benefit-ended", lapsing.ToString()));
        Assert.Equal("heating-subsidy", end.Str("itemCode"));
        Assert.Equal("困难家庭冬季取暖补贴", end.Str("itemName"));
        Assert.Equal("not-renewed", end.Str("reason"));
        var endedSchedule = await ScheduleAsync(centre, lapsing);
        Assert.Equal("ended", endedSchedule.Str("status"));
        Assert.Equal(Period(Today.AddMonths(-1)), endedSchedule.Str("lastPeriod"));
        Assert.Equal("active", (await ScheduleAsync(centre, other)).Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).StatusCode);
        Assert.Equal((0, 0, 0), Counts(await RunAsync(centre, Today)));
        Assert.Equal(1, await policyLaw.WrittenAsync("benefit-ended", lapsing.ToString()));
        Assert.Equal(["announce-review", "end-benefit", "suspend-benefit"], await AuditedAsync(centre, lapsing));
    }

    [Fact]
    public async Task A_late_review_restarts_an_ended_benefit_from_its_approval_and_the_household_holds_it_again()
    {
        var centre = NewCentre();
        var household = await ApproveAsync(centre, Periodic, "200.00");
        await ApprovedOnAsync(centre, household, ApprovedOn);
        await RunAsync(centre, DueOn.AddDays(-30));
        await RunAsync(centre, Today);

        await ApproveAsync(centre, Periodic, "200.00", household);

        var schedule = await ScheduleAsync(centre, household);
        Assert.Equal("active", schedule.Str("status"));
        Assert.Equal(ThisMonth, schedule.Str("firstPeriod"));
        Assert.Null(schedule.StrOrNull("lastPeriod"));
        Assert.Equal(2, (await policyLaw.PublishedAsync("benefit-granted", household.ToString(), atLeast: 2)).Count);
        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        Assert.Equal("200.00", batch.Str("total"));
    }

    [Fact]
    public async Task A_policy_officer_reinstates_a_suspended_benefit_with_a_reason_and_it_is_paid_again()
    {
        var centre = NewCentre();
        var household = await ApproveAsync(centre, Periodic, "200.00");
        await ApprovedOnAsync(centre, household, ApprovedOn);
        await RunAsync(centre, DueOn.AddDays(-30));
        await RunAsync(centre, DueOn);

        var withoutReason = await Officer(centre).PostAsJsonAsync("/v1/disbursement/schedules:reinstate", new { householdId = household, itemCode = Periodic, reason = " " });
        var reinstated = await Officer(centre).PostAsJsonAsync("/v1/disbursement/schedules:reinstate", new { householdId = household, itemCode = Periodic, reason = "已线下复核" });
        var again = await Officer(centre).PostAsJsonAsync("/v1/disbursement/schedules:reinstate", new { householdId = household, itemCode = Periodic, reason = "再次" });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("reason", (await withoutReason.ProblemErrorsAsync()).ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        Assert.Equal("active", (await reinstated.ReadAsync()).Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal((0, 0, 0), Counts(await RunAsync(centre, Today)));
        var batch = await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/batches", new { period = ThisMonth })).ReadAsync();
        Assert.Equal("200.00", batch.Str("total"));
        Assert.Contains("reinstate-benefit", await AuditedAsync(centre, household));
    }

    [Fact]
    public async Task A_run_for_a_day_not_yet_come_or_by_a_clerk_is_refused()
    {
        var centre = NewCentre();

        var later = await Officer(centre).PostAsJsonAsync("/v1/disbursement/benefit-reviews:run", new { asOf = Day(Today.AddDays(1)) });
        var clerk = await policyLaw.ClerkOf(centre).PostAsJsonAsync("/v1/disbursement/benefit-reviews:run", new { });
        var district = await policyLaw.DistrictAdminClient().PostAsJsonAsync("/v1/disbursement/benefit-reviews:run", new { });

        Assert.Equal(HttpStatusCode.BadRequest, later.StatusCode);
        Assert.Contains("asOf", (await later.ProblemErrorsAsync()).ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(Day(Today), (await district.ReadAsync()).Str("asOf"));
    }

    [Theory]
    [InlineData(12, -1, null, "reviewNoticeDays")]
    [InlineData(12, 181, null, "reviewNoticeDays")]
    [InlineData(12, null, 366, "reviewGraceDays")]
    [InlineData(null, 30, null, "reviewNoticeDays")]
    public async Task Review_terms_out_of_range_or_without_a_recurrence_are_refused_naming_the_field(int? recurrence, int? notice, int? grace, string field)
    {
        var code = $"t{Guid.NewGuid():N}"[..12];
        (await policyLaw.DistrictAdminClient().PostAsJsonAsync("/v1/items", NewItem(code))).EnsureSuccessStatusCode();

        var response = await policyLaw.DistrictAdminClient().PostAsJsonAsync($"/v1/items/{code}/versions",
            new { effectiveFrom = Day(Today.AddDays(1)), terms = Terms(recurrence, notice, grace) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemErrorsAsync()).ToString(), StringComparison.Ordinal);
    }

    private static object NewItem(string code) => new
    {
        code,
        name = "测试补贴",
        nameEn = "Test subsidy",
        category = "社会救助",
        kind = "ITEM_KIND_ROUTED",
        windowType = "WINDOW_TYPE_COMPREHENSIVE",
        scope = "ITEM_SCOPE_HOUSEHOLD",
    };

    private static object Terms(int? recurrence, int? notice, int? grace) => new
    {
        timeLimitWorkingDays = 10,
        timeLimited = false,
        legalBasis = "测试依据",
        flowSteps = new[] { "窗口受理" },
        recurrenceMonths = recurrence,
        reviewNoticeDays = notice,
        reviewGraceDays = grace,
        materials = new[] { new { code = "id-card", name = "身份证", original = true, count = 1 } },
        monthlyAmountRule = "200",
    };

    private static (int, int, int) Counts(JsonElement run) =>
        (run.TryGetProperty("announced", out var a) ? a.GetInt32() : 0, run.TryGetProperty("suspended", out var s) ? s.GetInt32() : 0, run.TryGetProperty("ended", out var e) ? e.GetInt32() : 0);

    private async Task<JsonElement> RunAsync(string centre, DateOnly asOf) =>
        await (await Officer(centre).PostAsJsonAsync("/v1/disbursement/benefit-reviews:run", new { asOf = Day(asOf) })).ReadAsync();

    private async Task<JsonElement> ScheduleAsync(string centre, Guid household) =>
        (await (await Officer(centre).GetAsync($"/v1/disbursement/schedules?householdId={household}")).ReadAsync()).GetProperty("schedules").EnumerateArray().Single();

    /// <summary>As if the benefit had been approved on that day: what a year of waiting would leave in the database.</summary>
    private async Task ApprovedOnAsync(string centre, Guid household, DateOnly day)
    {
        await using var connection = await policyLaw.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand("UPDATE disbursement_schedules SET review_from = $1 WHERE household_id = $2", connection)
        {
            Parameters = { new() { Value = day }, new() { Value = household } },
        };
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<List<string>> AuditedAsync(string centre, Guid household)
    {
        await using var connection = await policyLaw.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand("SELECT action FROM audit_records WHERE subject_type = 'benefit' AND subject_id LIKE $1 ORDER BY action", connection)
        {
            Parameters = { new() { Value = $"{household}/%" } },
        };
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    private async Task<Guid> ApproveAsync(string centre, string item, string amount, Guid? household = null)
    {
        var reviewed = ApprovalFlow.Reviewed(centre, item, household);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        (await Officer(centre).PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = amount })).EnsureSuccessStatusCode();
        return reviewed.HouseholdId!.Value;
    }

    private static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Period(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private HttpClient Officer(string centre) => policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);
}
