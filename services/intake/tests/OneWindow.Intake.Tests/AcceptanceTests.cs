using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OneWindow.Common.Calendar;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.Persistence;
using OneWindow.Tenancy;

namespace OneWindow.Intake.Tests;

public sealed class AcceptanceTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private static readonly string[] DibaoReviewMaterials = ["id-card", "hukou-book", "income-proof"];

    [Fact]
    public async Task A_routed_item_is_accepted_with_a_file_number_a_statutory_deadline_and_one_event()
    {
        var (centre, clerk, residentId, householdId) = await ResidentAsync();

        var response = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials, deliveryMethod = "DELIVERY_METHOD_HOME_DELIVERY" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.ReadAsync();
        var file = reply.GetProperty("file");
        Assert.StartsWith(centre.ToUpperInvariant() + "-", file.Str("fileNumber"), StringComparison.Ordinal);
        Assert.Equal("FILE_STATUS_ACCEPTED", file.Str("status"));
        Assert.Contains("受理回执", reply.Str("receipt"), StringComparison.Ordinal);
        Assert.Contains("网格员送达", reply.Str("receipt"), StringComparison.Ordinal);
        Assert.Equal("unavailable", reply.GetProperty("eligibility").Str("outcome"));
        var accepted = (await intake.PublishedAsync("application-accepted", file.Str("fileId"))).Single();
        var deadline = accepted.GetProperty("statutoryDeadline").GetDateTimeOffset();
        var acceptedAt = DateTimeOffset.Parse(file.Str("acceptedAt"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(WorkingDayCalendar.China.DeadlineFor(acceptedAt, 15), deadline, TimeSpan.FromSeconds(1));
        Assert.Equal(householdId, accepted.GetProperty("householdId").GetString());
        Assert.Equal("clerk-1", accepted.GetProperty("acceptingClerkStaffId").GetString());
        Assert.DoesNotContain("王建国", accepted.ToString(), StringComparison.Ordinal);
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'accept' AND subject_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = file.Str("fileId") } },
        };
        Assert.Equal(1L, (long)(await audit.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Everything_missing_is_told_at_once_and_nothing_is_recorded()
    {
        var (centre, clerk, residentId, _) = await ResidentAsync();

        var check = await (await clerk.PostAsJsonAsync("/v1/applications:check", new { itemCode = "dibao", residentId, materials = new[] { "id-card" }, conditionsApplying = new[] { "agent-id" } })).ReadAsync();
        var refused = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao", residentId, materials = new[] { "id-card" }, conditionsApplying = new[] { "agent-id" } });

        Assert.False(check.TryGetProperty("complete", out var complete) && complete.GetBoolean());
        var missing = check.GetProperty("missing").EnumerateArray().Select(m => m.Str("code")).ToList();
        Assert.Equal(["hukou-book", "income-proof", "bank-card", "application-form", "agent-id"], missing);
        var notice = check.Str("notice");
        Assert.Contains("一次性告知书", notice, StringComparison.Ordinal);
        Assert.Contains("共5项", notice, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("materials-missing", body, StringComparison.Ordinal);
        foreach (var code in missing)
        {
            Assert.Contains(code, body, StringComparison.Ordinal);
        }

        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var files = new NpgsqlCommand("SELECT (SELECT count(*) FROM application_files) + (SELECT count(*) FROM visits)", connection);
        Assert.Equal(0L, (long)(await files.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_conditional_material_is_asked_for_only_when_its_condition_applies()
    {
        var (_, clerk, residentId, _) = await ResidentAsync();

        var response = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_instant_item_is_completed_at_the_window()
    {
        var (_, clerk, residentId, _) = await ResidentAsync();
        var instant = OneWindow.DemoDistrict.DemoCatalogue.Items.First(i => i.Kind == "instant");

        var reply = await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = instant.Code, residentId, materials = instant.Materials.Where(m => m.Condition is null).Select(m => m.Code) })).ReadAsync();

        var file = reply.GetProperty("file");
        Assert.Equal("FILE_STATUS_COMPLETED", file.Str("status"));
        Assert.Equal("granted", file.Str("outcome"));
        Assert.Equal(string.Empty, file.Str("statutoryDeadline"));
        Assert.Contains("当场办结", reply.Str("receipt"), StringComparison.Ordinal);
        var completed = (await intake.PublishedAsync("application-completed", file.Str("fileId"))).Single();
        Assert.Equal("clerk-1", completed.GetProperty("completedByStaffId").GetString());
    }

    [Fact]
    public async Task A_second_file_for_an_item_already_in_flight_is_refused_naming_the_first()
    {
        var (centre, clerk, residentId, _) = await ResidentAsync();
        var first = await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync();

        var second = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = await second.Content.ReadAsStringAsync();
        Assert.Contains("file-in-flight", body, StringComparison.Ordinal);
        Assert.Contains(first.GetProperty("file").Str("fileNumber"), body, StringComparison.Ordinal);
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var files = new NpgsqlCommand("SELECT count(*) FROM application_files WHERE item_code = 'dibao-review'", connection);
        Assert.Equal(1L, (long)(await files.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task An_item_the_centre_has_disabled_is_refused()
    {
        var (centre, clerk, residentId, _) = await ResidentAsync();
        await intake.PublishAsync(new CentreItemSettingsChanged { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, ItemCode = "low-rent-review", Enabled = false, LocalNote = "本街道无廉租房" }, "policy-law");
        var checklist = await intake.EventuallyAsync(clerk, "/v1/items/low-rent-review/checklist", c => c.Str("localNote").Length > 0);

        var response = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "low-rent-review", residentId, materials = DibaoReviewMaterials });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {checklist}");
        Assert.Contains("item-disabled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_catalogue_version_from_policy_law_reaches_the_checklist()
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var code = $"test-{Guid.NewGuid():N}"[..20];
        await intake.PublishAsync(new CatalogueItemPublished
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = null,
            ItemCode = code,
            Version = 1,
            Name = "测试事项",
            Category = "测试",
            EffectiveFrom = new DateOnly(2025, 1, 1),
            Kind = ItemKind.Routed,
            WindowType = WindowType.Comprehensive,
            Scope = ItemScope.Person,
            TimeLimitWorkingDays = 5,
            TimeLimited = false,
            Materials = [new RequiredMaterialFact("id-card", "申请人居民身份证", true, 1, null)],
        }, "policy-law");

        var checklist = await intake.EventuallyAsync(clerk, $"/v1/items/{code}/checklist", _ => true);

        Assert.Equal("测试事项", checklist.Str("name"));
        Assert.Equal("id-card", checklist.GetProperty("materials")[0].Str("code"));
    }

    [Fact]
    public async Task Bad_acceptances_are_refused_clearly()
    {
        var (centre, clerk, residentId, _) = await ResidentAsync();

        var unknownItem = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "no-such-item", residentId, materials = DibaoReviewMaterials });
        var unknownResident = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId = Guid.NewGuid(), materials = DibaoReviewMaterials });
        var notAnId = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId = "abc", materials = DibaoReviewMaterials });
        var reviewer = await intake.ClientFor("reviewer-1", IntakeFactory.Reviewer, centre).PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials });
        var otherCentre = await intake.ClerkOf(IntakeFactory.NewCentre()).PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials });

        Assert.Equal(HttpStatusCode.NotFound, unknownItem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownResident.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnId.StatusCode);
        Assert.Contains("residentId", await notAnId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCentre.StatusCode);
    }

    [Fact]
    public async Task A_file_of_another_centre_is_not_found()
    {
        var (_, clerk, residentId, _) = await ResidentAsync();
        var file = (await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync()).GetProperty("file");

        var response = await intake.ClerkOf(IntakeFactory.NewCentre()).GetAsync($"/v1/applications/{file.Str("fileId")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_window_finds_a_households_files_newest_first_and_a_file_by_the_number_on_its_receipt()
    {
        var (centre, clerk, residentId, householdId) = await ResidentAsync();
        var review = (await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync()).GetProperty("file");
        var certificate = (await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "residence-certificate", residentId, materials = new[] { "id-card", "hukou-book" } })).ReadAsync()).GetProperty("file");

        var household = await (await clerk.GetAsync($"/v1/applications?householdId={householdId}")).ReadAsync();
        var byNumber = await (await clerk.GetAsync($"/v1/applications?fileNumber={review.Str("fileNumber").ToLowerInvariant()}")).ReadAsync();
        var otherCentre = await (await intake.ClerkOf(IntakeFactory.NewCentre()).GetAsync($"/v1/applications?fileNumber={review.Str("fileNumber")}")).ReadAsync();
        var neither = await clerk.GetAsync("/v1/applications");
        var both = await clerk.GetAsync($"/v1/applications?householdId={householdId}&fileNumber={review.Str("fileNumber")}");

        Assert.Equal([certificate.Str("fileId"), review.Str("fileId")], household.GetProperty("files").EnumerateArray().Select(f => f.Str("fileId")));
        Assert.Equal(review.Str("fileId"), byNumber.GetProperty("files").EnumerateArray().Single().Str("fileId"));
        Assert.False(otherCentre.TryGetProperty("files", out var foreign) && foreign.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("householdId", await neither.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_file_takes_exactly_what_review_asked_for_against_the_same_file()
    {
        var (centre, clerk, residentId, householdId) = await ResidentAsync();
        var fileId = (await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync()).GetProperty("file").Str("fileId");
        await intake.PublishAsync(new ApplicationReviewed
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = centre,
            FileId = Guid.Parse(fileId),
            ItemCode = "dibao-review",
            ItemVersion = 1,
            Outcome = ReviewOutcome.Returned,
            ReviewerStaffId = "reviewer-1",
            AcceptingClerkStaffId = "clerk-1",
            HouseholdId = Guid.Parse(householdId),
            ReturnRound = 1,
            MissingMaterialCodes = ["income-proof", "bank-statement"],
        }, "review");
        var returned = await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.Str("status") == "FILE_STATUS_RETURNED");

        var partial = await clerk.PostAsJsonAsync($"/v1/applications/{fileId}:supplement", new { materials = new[] { "income-proof" } });
        var supplemented = await (await clerk.PostAsJsonAsync($"/v1/applications/{fileId}:supplement", new { materials = new[] { "income-proof", "bank-statement" } })).ReadAsync();

        Assert.Equal(1, returned.GetProperty("returnCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Contains("bank-statement", await partial.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("FILE_STATUS_ACCEPTED", supplemented.Str("status"));
        Assert.Equal(1, supplemented.GetProperty("returnCount").GetInt32());
        var received = (await intake.PublishedAsync("supplement-received", fileId)).Single();
        Assert.Equal(1, received.GetProperty("returnRound").GetInt32());
        var again = await clerk.PostAsJsonAsync($"/v1/applications/{fileId}:supplement", new { materials = new[] { "income-proof" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task The_dibao_review_accepted_offers_the_public_rental_review_due_and_both_are_done_in_one_visit()
    {
        var (centre, clerk, residentId, householdId) = await ResidentAsync();
        // Last year's reviews, approved a year ago (as policy-law announces approvals).
        await CompletedAsync(centre, clerk, residentId, "dibao-review", DibaoReviewMaterials, DateTimeOffset.UtcNow.AddMonths(-12).AddDays(10));
        await CompletedAsync(centre, clerk, residentId, "public-rental-review", [.. DibaoReviewMaterials, "lease"], DateTimeOffset.UtcNow.AddMonths(-12).AddDays(-2));
        var due = await (await clerk.GetAsync($"/v1/households/{householdId}/due-items")).ReadAsync();
        Assert.Equal(["public-rental-review", "dibao-review"], due.GetProperty("items").EnumerateArray().Select(i => i.Str("itemCode")));

        var first = await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync();
        var offered = first.GetProperty("alsoDue").EnumerateArray().Select(i => i.Str("itemCode")).ToList();
        var visitId = first.GetProperty("file").Str("visitId");
        // Materials already checked in this visit count again: only the lease is new.
        var second = await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "public-rental-review", residentId, materials = new[] { "lease" }, visitId, fromBundling = true })).ReadAsync();

        Assert.Equal(["public-rental-review"], offered);
        var bundled = second.GetProperty("file");
        Assert.True(bundled.GetProperty("fromBundling").GetBoolean());
        Assert.Equal([first.GetProperty("file").Str("fileId")], bundled.GetProperty("bundledWith").EnumerateArray().Select(b => b.GetString()));
        Assert.Empty(second.GetProperty("alsoDue").EnumerateArray());
        var accepted = (await intake.PublishedAsync("application-accepted", bundled.Str("fileId"))).Single();
        Assert.Equal(first.GetProperty("file").Str("fileId"), accepted.GetProperty("bundledWith")[0].GetString());
        var after = await (await clerk.GetAsync($"/v1/households/{householdId}/due-items")).ReadAsync();
        Assert.False(after.TryGetProperty("items", out var left) && left.GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_directors_reform_outcomes_count_both_reviews_due_as_offered_and_the_one_not_taken_as_not_accepted()
    {
        var (centre, clerk, residentId, _) = await ResidentAsync();
        await CompletedAsync(centre, clerk, residentId, "dibao-review", DibaoReviewMaterials, DateTimeOffset.UtcNow.AddMonths(-12).AddDays(10));
        await CompletedAsync(centre, clerk, residentId, "public-rental-review", [.. DibaoReviewMaterials, "lease"], DateTimeOffset.UtcNow.AddMonths(-12).AddDays(-2));
        await AcceptedAYearAgoAsync(centre);

        // The resident renews dibao today and, offered the public rental review on the receipt, leaves it for another day.
        await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync();
        var outcomes = await (await intake.ClientFor("director-1", ["director"], centre).GetAsync("/v1/plan/outcomes")).ReadAsync();

        var due = outcomes.GetProperty("dueItems");
        Assert.Equal(1, due.GetProperty("households").GetInt32());
        Assert.Equal(2, due.GetProperty("due").GetInt32());
        Assert.Equal(2, due.GetProperty("offered").GetInt32());
        Assert.Equal(1, due.GetProperty("accepted").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("filesAccepted").GetInt32());
    }

    [Fact]
    public async Task A_file_first_review_completed_without_approval_is_completed_and_announced_once()
    {
        var (centre, clerk, residentId, householdId) = await ResidentAsync();
        var fileId = (await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = DibaoReviewMaterials })).ReadAsync()).GetProperty("file").Str("fileId");
        var reviewed = new ApplicationReviewed
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = centre,
            FileId = Guid.Parse(fileId),
            ItemCode = "dibao-review",
            ItemVersion = 1,
            Outcome = ReviewOutcome.Passed,
            Completed = true,
            ReviewerStaffId = "reviewer-1",
            AcceptingClerkStaffId = "clerk-1",
            HouseholdId = Guid.Parse(householdId),
            ReturnRound = 0,
        };

        // Delivered twice, as the transport may: the inbox takes it once.
        await intake.PublishAsync(reviewed, "review");
        await intake.PublishAsync(reviewed, "review");
        var completed = await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.Str("status") == "FILE_STATUS_COMPLETED");
        await intake.HandledAsync("application-reviewed");

        var announced = Assert.Single(await intake.PublishedAsync("application-completed", fileId));
        Assert.Equal(("granted", "reviewer-1"), (announced.Str("outcome"), announced.Str("completedByStaffId")));
        Assert.Equal(1L, await intake.WrittenAsync("application-completed", fileId));
        Assert.Equal("FILE_STATUS_COMPLETED", completed.Str("status"));
    }

    [Fact]
    public async Task Without_policy_law_the_due_items_are_still_listed_from_intakes_own_history()
    {
        var (_, clerk, _, householdId) = await ResidentAsync();

        var due = await clerk.GetAsync($"/v1/households/{householdId}/due-items?includeEligible=true");

        Assert.Equal(HttpStatusCode.OK, due.StatusCode);
        var body = await due.ReadAsync();
        Assert.False(body.TryGetProperty("eligibilityChecked", out var checkedFlag) && checkedFlag.GetBoolean());
    }

    private async Task CompletedAsync(string centre, HttpClient clerk, string residentId, string item, string[] materials, DateTimeOffset approvedAt)
    {
        var fileId = (await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = item, residentId, materials })).ReadAsync()).GetProperty("file").Str("fileId");
        await intake.PublishAsync(new ApplicationApproved { OccurredAt = approvedAt, Tenant = centre, FileId = Guid.Parse(fileId), ItemCode = item, ApproverStaffId = "officer-1" }, "policy-law");
        await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.Str("status") == "FILE_STATUS_COMPLETED");
    }

    /// <summary>Last year's files, accepted in last year's visits (the API accepts only today).</summary>
    private async Task AcceptedAYearAgoAsync(string centre)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE application_files SET accepted_at = accepted_at - interval '1 year'; UPDATE visits SET started_at = started_at - interval '1 year';");
    }

    private async Task<(string Centre, HttpClient Clerk, string ResidentId, string HouseholdId)> ResidentAsync()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        JsonElement household = await IntakeFactory.RegisterHouseholdAsync(clerk);
        return (centre, clerk, household.GetProperty("members")[0].Str("residentId"), household.Str("householdId"));
    }
}
