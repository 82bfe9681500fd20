using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Common.Time;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>Money decided by two people: an amount above the item's limit waits for the centre's director.</summary>
public sealed class DirectorConfirmationTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private static readonly string[] OfficerAndDirector = ["policy-officer", "director"];

    [Fact]
    public async Task An_amount_above_the_items_limit_waits_for_the_director_and_is_announced_and_paid_only_once_confirmed()
    {
        var item = await BenefitWithLimitAsync("1000.00");
        var reviewed = ApprovalFlow.Reviewed("jiangpu", item);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var waiting = await (await Officer().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "1200.00" })).ReadAsync();
        var worklist = await (await Director().GetAsync("/v1/approvals?status=APPROVAL_STATUS_AWAITING_DIRECTOR")).ReadAsync();
        var announcedBefore = await policyLaw.WrittenAsync("application-approved", reviewed.FileId.ToString());
        var scheduledBefore = await policyLaw.WrittenAsync("disbursement-scheduled", reviewed.HouseholdId.ToString()!);
        var confirmed = await Director().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:confirm", new { });

        Assert.Equal(("APPROVAL_STATUS_AWAITING_DIRECTOR", "1200.00", "1000.00"), (waiting.Str("status"), waiting.Str("approvedAmount"), waiting.Str("directorConfirmAbove")));
        Assert.Contains(worklist.GetProperty("cases").EnumerateArray(), c => c.Str("fileId") == reviewed.FileId.ToString());
        Assert.Equal((0L, 0L), (announcedBefore, scheduledBefore));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var approved = await confirmed.ReadAsync();
        Assert.Equal(("APPROVAL_STATUS_APPROVED", "jiangpu-director"), (approved.Str("status"), approved.Str("confirmedBy")));
        Assert.Single(await policyLaw.PublishedAsync("application-approved", reviewed.FileId.ToString()));
        var schedules = await (await Officer().GetAsync($"/v1/disbursement/schedules?householdId={reviewed.HouseholdId}")).ReadAsync();
        Assert.Equal("1200.00", schedules.GetProperty("schedules")[0].Str("monthlyAmount"));
    }

    [Fact]
    public async Task An_amount_within_the_limit_is_approved_by_the_officer_alone()
    {
        var item = await BenefitWithLimitAsync("1000.00");
        var reviewed = ApprovalFlow.Reviewed("jiangpu", item);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);

        var approved = await (await Officer().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "1000.00" })).ReadAsync();

        Assert.Equal("APPROVAL_STATUS_APPROVED", approved.Str("status"));
        Assert.Single(await policyLaw.PublishedAsync("application-approved", reviewed.FileId.ToString()));
    }

    [Fact]
    public async Task A_director_cannot_confirm_an_amount_they_approved_themselves_and_the_refusal_is_audited()
    {
        var item = await BenefitWithLimitAsync("1000.00");
        var reviewed = ApprovalFlow.Reviewed("jiangpu", item);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        var both = policyLaw.ClientFor("jiangpu-s777", OfficerAndDirector, "jiangpu");
        (await both.PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "1500.00" })).EnsureSuccessStatusCode();

        var refused = await both.PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:confirm", new { });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("separation-of-duties", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("APPROVAL_STATUS_AWAITING_DIRECTOR", (await (await Officer().GetAsync($"/v1/approvals/{reviewed.FileId}")).ReadAsync()).Str("status"));
        Assert.Equal(0L, await policyLaw.WrittenAsync("application-approved", reviewed.FileId.ToString()));
        await using var connection = await policyLaw.OpenAppConnectionAsync("jiangpu");
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM audit_records WHERE subject_id = '{reviewed.FileId}' AND outcome = 'Denied' AND actor = 'jiangpu-s777' AND action = 'confirm'", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_director_sends_an_amount_back_with_a_reason_the_officer_reads_and_decides_again()
    {
        var item = await BenefitWithLimitAsync("1000.00");
        var reviewed = ApprovalFlow.Reviewed("jiangpu", item);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        (await Officer().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "1500.00" })).EnsureSuccessStatusCode();

        var silent = await Director().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:send-back", new { reason = "" });
        var sentBack = await (await Director().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:send-back", new { reason = "金额超出标准，请按规则核定" })).ReadAsync();
        var confirmAgain = await Director().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:confirm", new { });
        var approvedAgain = await (await Officer().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "800.00" })).ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.Contains("reason", await silent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("APPROVAL_STATUS_PENDING", "金额超出标准，请按规则核定", "jiangpu-director"), (sentBack.Str("status"), sentBack.Str("sentBackReason"), sentBack.Str("sentBackBy")));
        Assert.Equal(HttpStatusCode.Conflict, confirmAgain.StatusCode);
        Assert.Equal("APPROVAL_STATUS_APPROVED", approvedAgain.Str("status"));
    }

    [Fact]
    public async Task Only_a_director_confirms()
    {
        var item = await BenefitWithLimitAsync("1000.00");
        var reviewed = ApprovalFlow.Reviewed("jiangpu", item);
        await ApprovalFlow.ArriveAsync(policyLaw, reviewed);
        (await Officer().PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:approve", new { monthlyAmount = "1500.00" })).EnsureSuccessStatusCode();

        var byOfficer = await Officer("officer-2").PostAsJsonAsync($"/v1/approvals/{reviewed.FileId}:confirm", new { });

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
    }

    [Theory]
    [InlineData("\"directorConfirmAbove\": \"1000.00\"", false, "directorConfirmAbove")]
    [InlineData("\"directorConfirmAbove\": \"a thousand\"", true, "directorConfirmAbove")]
    [InlineData("\"directorConfirmAbove\": \"0\"", true, "directorConfirmAbove")]
    [InlineData("\"needsApproval\": false", true, "needsApproval")]
    public async Task A_limit_or_an_approval_the_catalogue_cannot_hold_is_refused_naming_the_field(string field, bool benefit, string named)
    {
        var admin = policyLaw.DistrictAdminClient();
        var code = await CreateItemAsync(admin);

        var refused = await PublishAsync(admin, code, $"{{{field}}}", benefit);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"\"{named}\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/v1/items/{code}?version=1")).StatusCode);
    }

    [Fact]
    public async Task The_district_sets_the_limit_and_whether_an_item_needs_approval_and_the_catalogue_event_carries_it()
    {
        var admin = policyLaw.DistrictAdminClient();
        var code = await CreateItemAsync(admin);

        var published = await PublishAsync(admin, code, "{\"needsApproval\": false}", benefit: false);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.False((await published.ReadAsync()).GetProperty("terms").GetProperty("needsApproval").GetBoolean());
        var announced = Assert.Single(await policyLaw.PublishedAsync("catalogue-item-published", code));
        Assert.False(announced.GetProperty("needsApproval").GetBoolean());
    }

    private HttpClient Officer(string subject = "officer-1") => policyLaw.ClientFor(subject, PolicyLawFactory.PolicyOfficer, "jiangpu");

    private HttpClient Director() => policyLaw.DirectorOf("jiangpu");

    /// <summary>A benefit item of the district whose amounts above the limit the director confirms: version 1 in force today.</summary>
    private async Task<string> BenefitWithLimitAsync(string limit)
    {
        var admin = policyLaw.DistrictAdminClient();
        var code = await CreateItemAsync(admin);
        var published = await PublishAsync(admin, code, $"{{\"directorConfirmAbove\": \"{limit}\"}}", benefit: true);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return code;
    }

    private static async Task<string> CreateItemAsync(HttpClient admin)
    {
        var code = $"t-limit-{Guid.NewGuid():N}"[..20];
        (await admin.PostAsJsonAsync("/v1/items", new
        {
            code,
            name = "测试补贴",
            nameEn = "Test benefit",
            category = "测试",
            kind = "ITEM_KIND_ROUTED",
            windowType = "WINDOW_TYPE_COMPREHENSIVE",
            scope = "ITEM_SCOPE_HOUSEHOLD",
        })).EnsureSuccessStatusCode();
        return code;
    }

    /// <summary>Version 1, in force today, with the terms' extra fields given as JSON.</summary>
    private static Task<HttpResponseMessage> PublishAsync(HttpClient admin, string code, string extra, bool benefit)
    {
        var terms = System.Text.Json.Nodes.JsonNode.Parse(extra)!.AsObject();
        terms["timeLimitWorkingDays"] = 10;
        terms["timeLimited"] = false;
        terms["legalBasis"] = "测试依据";
        terms["flowSteps"] = new System.Text.Json.Nodes.JsonArray("受理", "审批");
        terms["materials"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["code"] = "id-card", ["name"] = "身份证", ["original"] = true, ["count"] = 1 });
        if (benefit)
        {
            terms["monthlyAmountRule"] = "Age >= 80 ? 150 : 75";
        }

        return admin.PostAsJsonAsync($"/v1/items/{code}/versions", new System.Text.Json.Nodes.JsonObject
        {
            ["effectiveFrom"] = CatalogueDates.Format(ChinaTime.Today(TimeProvider.System)),
            ["terms"] = terms,
        });
    }
}
