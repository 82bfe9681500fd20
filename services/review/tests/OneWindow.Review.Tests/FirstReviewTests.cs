using System.Net;
using System.Net.Http.Json;
using System.Text;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;

namespace OneWindow.Review.Tests;

public sealed class FirstReviewTests(ReviewFactory review) : IClassFixture<ReviewFactory>
{
    private static readonly object BankCardMissing = new { issues = new[] { new { materialCode = "bank-card", kind = "ISSUE_KIND_MISSING" } } };

    [Fact]
    public async Task Two_returns_work_with_the_exact_list_and_a_third_is_refused_until_the_head_decides()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var reviewer = review.As(team.Centre, team.A, ReviewFactory.Reviewer);
        var url = $"/v1/files/{accepted.FileId}";

        for (var round = 1; round <= 2; round++)
        {
            var returned = await reviewer.PostAsJsonAsync($"{url}:return", new
            {
                issues = new object[]
                {
                    new { materialCode = "bank-card", kind = "ISSUE_KIND_MISSING" },
                    new { materialCode = "id-card", kind = "ISSUE_KIND_WRONG", note = "身份证已过有效期" },
                },
            }).OkAsync();
            Assert.Equal("FILE_STATUS_AWAITING_SUPPLEMENT", returned.Str("status"));
            Assert.True(returned.GetProperty("paused").GetBoolean());
            var reviewed = (await review.PublishedAsync("application-reviewed", accepted.FileId.ToString(), round))[round - 1];
            Assert.Equal("returned", reviewed.Str("outcome"));
            Assert.Equal(round, reviewed.GetProperty("returnRound").GetInt32());
            Assert.Equal(["bank-card", "id-card"], reviewed.GetProperty("missingMaterialCodes").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("缺少本人银行卡（社保卡）；申请人居民身份证有误：身份证已过有效期", reviewed.Str("reason"));

            await review.PublishAsync(new SupplementReceived { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, FileId = accepted.FileId, ReturnRound = round, MaterialCodes = ["bank-card", "id-card"] }, "intake");
            await review.FileAsync(team.Centre, accepted.FileId, f => f.Str("status") == "FILE_STATUS_IN_REVIEW");
        }

        var third = await reviewer.PostAsJsonAsync($"{url}:return", BankCardMissing);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("return-limit-reached", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await review.FileAsync(team.Centre, accepted.FileId, _ => true)).GetProperty("returns").GetInt32());

        var escalated = await reviewer.PostAsJsonAsync($"{url}:escalate", new { reason = "两次补正后收入证明仍存疑" }).OkAsync();
        Assert.Equal(("FILE_STATUS_ESCALATED", team.Head), (escalated.Str("status"), escalated.Str("reviewerStaffId")));
        var stillReviewer = await reviewer.PostAsJsonAsync($"{url}:reject", new { reason = "不符合条件" });
        Assert.Equal(HttpStatusCode.Forbidden, stillReviewer.StatusCode);
        var decided = await review.As(team.Centre, team.Head, ReviewFactory.Head).PostAsJsonAsync($"{url}:reject", new { reason = "家庭收入超过标准" }).OkAsync();
        Assert.Equal("FILE_STATUS_REJECTED", decided.Str("status"));
        Assert.Equal("rejected", (await review.PublishedAsync("application-reviewed", accepted.FileId.ToString(), 3))[2].Str("outcome"));
    }

    [Fact]
    public async Task A_passed_file_goes_to_approval_with_its_reviewer_clerk_and_deadline()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);

        var passed = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { note = "材料齐全，符合条件" }).OkAsync();

        Assert.Equal("FILE_STATUS_PASSED", passed.Str("status"));
        var reviewed = Assert.Single(await review.PublishedAsync("application-reviewed", accepted.FileId.ToString()));
        Assert.Equal(("passed", team.A, accepted.AcceptingClerkStaffId), (reviewed.Str("outcome"), reviewed.Str("reviewerStaffId"), reviewed.Str("acceptingClerkStaffId")));
        // PostgreSQL keeps microseconds: the end of the day loses its last tick.
        Assert.Equal(accepted.StatutoryDeadline!.Value, reviewed.GetProperty("statutoryDeadline").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'pass'"));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT passed::bigint FROM work_days WHERE staff_id = '{team.A}'"));
    }

    [Fact]
    public async Task A_file_of_an_item_that_needs_no_approval_is_completed_by_first_reviews_pass()
    {
        var code = $"item-{Guid.NewGuid():N}"[..20];
        await review.PublishAsync(new CatalogueItemPublished
        {
            OccurredAt = TimeProvider.System.GetUtcNow(),
            Tenant = null,
            ItemCode = code,
            Version = 1,
            Name = "居住证明开具",
            Category = "测试",
            EffectiveFrom = new DateOnly(2025, 1, 1),
            Kind = ItemKind.Routed,
            WindowType = WindowType.Comprehensive,
            Scope = ItemScope.Person,
            TimeLimitWorkingDays = 5,
            TimeLimited = false,
            NeedsApproval = false,
            Materials = [new RequiredMaterialFact("id-card", "申请人居民身份证", true, 1, null)],
        }, "policy-law");
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        await review.HireAsync(team.Centre, $"{team.Centre}-t", ReviewFactory.Reviewer, asA: [code]);
        var accepted = ReviewFactory.Accepted(team.Centre, code, workingDays: 5);
        await review.AcceptAsync(accepted);
        await review.FileAsync(team.Centre, accepted.FileId, f => f.TryGetProperty("materials", out _));

        var passed = await review.As(team.Centre, $"{team.Centre}-t", ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { note = "材料齐全" }).OkAsync();

        Assert.Equal("FILE_STATUS_COMPLETED", passed.Str("status"));
        Assert.False(passed.TryGetProperty("needsApproval", out var needs) && needs.GetBoolean());
        var reviewed = Assert.Single(await review.PublishedAsync("application-reviewed", accepted.FileId.ToString()));
        Assert.Equal(("passed", true), (reviewed.Str("outcome"), reviewed.GetProperty("completed").GetBoolean()));
    }

    [Fact]
    public async Task A_file_of_an_item_that_needs_approval_is_only_passed_and_says_so()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);

        var passed = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { note = "材料齐全，符合条件" }).OkAsync();

        Assert.Equal(("FILE_STATUS_PASSED", true), (passed.Str("status"), passed.GetProperty("needsApproval").GetBoolean()));
        var reviewed = Assert.Single(await review.PublishedAsync("application-reviewed", accepted.FileId.ToString()));
        Assert.False(reviewed.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task A_time_limited_file_passes_only_after_a_supervisors_recheck_and_the_reviewer_cannot_recheck_it()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre, "dibao", workingDays: 30);
        await review.AcceptAsync(accepted);
        var reviewer = review.As(team.Centre, team.A, ReviewFactory.Supervisor);
        var url = $"/v1/files/{accepted.FileId}";

        var tooEarly = await reviewer.PostAsJsonAsync($"{url}:pass", new { });
        var own = await reviewer.PostAsJsonAsync($"{url}:recheck", new { });
        var toRecheck = await review.As(team.Centre, team.Supervisor, ReviewFactory.Supervisor).GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_RECHECK");
        var recheck = await review.As(team.Centre, team.Supervisor, ReviewFactory.Supervisor).PostAsJsonAsync($"{url}:recheck", new { }).OkAsync();
        var passed = await reviewer.PostAsJsonAsync($"{url}:pass", new { }).OkAsync();

        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("recheck-required", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains(toRecheck.GetProperty("files").EnumerateArray(), f => f.Str("fileId") == accepted.FileId.ToString());
        Assert.Equal(team.Supervisor, recheck.Str("recheckedBy"));
        Assert.Equal("FILE_STATUS_PASSED", passed.Str("status"));
    }

    [Fact]
    public async Task When_the_centre_names_a_supervisor_for_an_item_only_they_see_and_recheck_its_files()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var named = $"{team.Centre}-sup2";
        await review.HireAsync(team.Centre, named, ReviewFactory.Supervisor);
        var accepted = ReviewFactory.Accepted(team.Centre, "dibao", workingDays: 30);
        await review.AcceptAsync(accepted);
        var url = $"/v1/files/{accepted.FileId}";
        var other = review.As(team.Centre, team.Supervisor, ReviewFactory.Supervisor);

        await review.PublishAsync(new CentreItemSettingsChanged { OccurredAt = DateTimeOffset.UtcNow, Tenant = team.Centre, ItemCode = "dibao", Enabled = true, SupervisorStaffId = named }, "policy-law");
        await review.EventuallyAsync(other, "/v1/files?view=WORKLIST_VIEW_RECHECK",
            list => !list.TryGetProperty("files", out var files) || files.EnumerateArray().All(f => f.Str("fileId") != accepted.FileId.ToString()));
        var byOther = await other.PostAsJsonAsync($"{url}:recheck", new { });
        var namedList = await review.As(team.Centre, named, ReviewFactory.Supervisor).GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_RECHECK");
        var byNamed = await review.As(team.Centre, named, ReviewFactory.Supervisor).PostAsJsonAsync($"{url}:recheck", new { }).OkAsync();

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("not-the-named-supervisor", await byOther.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(namedList.GetProperty("files").EnumerateArray(), f => f.Str("fileId") == accepted.FileId.ToString());
        Assert.Equal(named, byNamed.Str("recheckedBy"));
    }

    [Fact]
    public async Task Deciding_a_file_assigned_to_someone_else_is_refused_and_written_to_the_audit_trail()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);

        var refused = await review.As(team.Centre, team.B, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });
        var read = await review.As(team.Centre, team.B, ReviewFactory.Reviewer).GetAsync($"/v1/files/{accepted.FileId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("not-your-file", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("FILE_STATUS_IN_REVIEW", (await review.FileAsync(team.Centre, accepted.FileId, _ => true)).Str("status"));
        Assert.Equal(1, await review.CountAsync(team.Centre, $"SELECT count(*) FROM audit_records WHERE subject_id = '{accepted.FileId}' AND action = 'pass' AND outcome = 'Denied' AND actor = '{team.B}'"));
    }

    [Fact]
    public async Task A_decision_on_a_closed_file_is_a_conflict_and_changes_nothing()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var reviewer = review.As(team.Centre, team.A, ReviewFactory.Reviewer);
        await reviewer.PostAsJsonAsync($"/v1/files/{accepted.FileId}:reject", new { reason = "非本区户籍" }).OkAsync();

        var again = await reviewer.PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("file-closed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await review.PublishedAsync("application-reviewed", accepted.FileId.ToString()));
    }

    [Fact]
    public async Task Approval_sending_a_file_back_reopens_it_for_its_reviewer_and_approval_completes_it()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var reviewer = review.As(team.Centre, team.A, ReviewFactory.Reviewer);
        await reviewer.PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { }).OkAsync();

        var returned = new ApplicationReturnedByApproval { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, FileId = accepted.FileId, ItemCode = accepted.ItemCode, ApproverStaffId = "officer-1", Reason = "年龄核对有误" };
        await review.PublishAsync(returned, "policy-law");
        await review.PublishAsync(returned, "policy-law");
        var reopened = await review.FileAsync(team.Centre, accepted.FileId, f => f.Str("status") == "FILE_STATUS_IN_REVIEW");
        Assert.Equal((team.A, "年龄核对有误"), (reopened.Str("reviewerStaffId"), reopened.Str("reason")));

        await reviewer.PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { }).OkAsync();
        await review.PublishAsync(new ApplicationApproved { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, FileId = accepted.FileId, ItemCode = accepted.ItemCode, ApproverStaffId = "officer-1" }, "policy-law");
        await review.FileAsync(team.Centre, accepted.FileId, f => f.Str("status") == "FILE_STATUS_COMPLETED");
    }

    [Fact]
    public async Task A_supplement_for_a_file_review_never_had_is_dead_lettered_after_retries_without_blocking_the_stream()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var unknown = Guid.NewGuid();

        await review.PublishAsync(new SupplementReceived { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = team.Centre, FileId = unknown, ReturnRound = 1, MaterialCodes = ["bank-card"] }, "intake");
        var after = await review.AcceptAsync(ReviewFactory.Accepted(team.Centre));
        Assert.Equal(team.A, after.Str("reviewerStaffId"));

        for (var attempt = 0; attempt < 400 && (await review.DeadLettersAsync(unknown.ToString())).Count == 0; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(await review.DeadLettersAsync(unknown.ToString()), reason => reason.Contains("deliveries", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worklists_show_a_reviewer_their_own_files_and_only_heads_the_team_and_unassigned_views()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var mine = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(mine);
        await review.As(team.Centre, team.Head, ReviewFactory.Head).PostAsJsonAsync($"/v1/files/{mine.FileId}:reassign", new { reviewerStaffId = team.B, reason = "分担" }).OkAsync();
        var others = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(others);
        var reviewer = review.As(team.Centre, team.B, ReviewFactory.Reviewer);

        var own = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files");
        var team1 = await reviewer.GetAsync("/v1/files?view=WORKLIST_VIEW_TEAM");
        var someoneElses = await reviewer.GetAsync($"/v1/files?reviewerStaffId={team.A}");
        var headTeam = await review.As(team.Centre, team.Head, ReviewFactory.Head).GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_TEAM");
        var headsOwn = await review.As(team.Centre, team.Head, ReviewFactory.Head).GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files");
        var onesFiles = await review.As(team.Centre, team.Head, ReviewFactory.Head).GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/files?reviewerStaffId={team.A}");
        var dueSoon = await reviewer.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/files?view=WORKLIST_VIEW_DUE_SOON");

        Assert.Equal([mine.FileId.ToString()], own.GetProperty("files").EnumerateArray().Select(f => f.Str("fileId")));
        Assert.Equal(HttpStatusCode.Forbidden, team1.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElses.StatusCode);
        Assert.Equal(2, headTeam.GetProperty("files").GetArrayLength());
        Assert.False(headsOwn.TryGetProperty("files", out var headFiles) && headFiles.GetArrayLength() > 0);
        Assert.Equal([others.FileId.ToString()], onesFiles.GetProperty("files").EnumerateArray().Select(f => f.Str("fileId")));
        Assert.False(dueSoon.TryGetProperty("files", out var soon) && soon.GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_centre_cannot_see_or_decide_another_centres_files()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var other = ReviewFactory.NewCentre();
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);
        var outsider = review.As(other, team.A, ReviewFactory.Reviewer);

        var seen = await outsider.GetAsync($"/v1/files/{accepted.FileId}");
        var decided = await outsider.PostAsJsonAsync($"/v1/files/{accepted.FileId}:pass", new { });
        var named = await outsider.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/files/{accepted.FileId}") { Headers = { { "X-OneWindow-Centre", team.Centre } } });
        var district = await review.ClientFor("yangpu-admin", ["district-admin"], tenant: null, namedCentre: team.Centre).GetAsync($"/v1/files/{accepted.FileId}");

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, named.StatusCode);
        Assert.Equal(HttpStatusCode.OK, district.StatusCode);
        Assert.Equal(0, await review.CountAsync(other, $"SELECT count(*) FROM review_files WHERE file_id = '{accepted.FileId}'"));
        Assert.Equal("FILE_STATUS_IN_REVIEW", (await review.FileAsync(team.Centre, accepted.FileId, _ => true)).Str("status"));
    }

    [Theory]
    [InlineData("pass", "not-a-guid", """{}""", HttpStatusCode.BadRequest)]
    [InlineData("pass", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{}""", HttpStatusCode.NotFound)]
    [InlineData("reject", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":""}""", HttpStatusCode.BadRequest)]
    [InlineData("reject", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":42}""", HttpStatusCode.BadRequest)]
    [InlineData("return", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"issues":[]}""", HttpStatusCode.BadRequest)]
    [InlineData("return", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"issues":[{"materialCode":"bank-card"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("return", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"issues":[{"materialCode":"bank-card","kind":"ISSUE_KIND_SIDEWAYS"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("escalate", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":null}""", HttpStatusCode.BadRequest)]
    [InlineData("reassign", "7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10", """{"reason":"x"}""", HttpStatusCode.BadRequest)]
    public async Task A_bad_request_is_refused_with_a_4xx_naming_the_problem(string action, string fileId, string body, HttpStatusCode expected)
    {
        var client = review.As("jiangpu", "jiangpu-s019", ReviewFactory.Head);

        var response = await client.PostAsync($"/v1/files/{fileId}:{action}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_return_naming_a_material_the_guide_does_not_list_is_refused_with_the_field()
    {
        var team = await review.TeamAsync(ReviewFactory.NewCentre());
        var accepted = ReviewFactory.Accepted(team.Centre);
        await review.AcceptAsync(accepted);

        var response = await review.As(team.Centre, team.A, ReviewFactory.Reviewer).PostAsJsonAsync($"/v1/files/{accepted.FileId}:return",
            new { issues = new[] { new { materialCode = "passport", kind = "ISSUE_KIND_MISSING" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("unknown-material", text, StringComparison.Ordinal);
        Assert.Contains("issues", text, StringComparison.Ordinal);
        Assert.Equal(0, await review.CountAsync(team.Centre, $"SELECT count(*) FROM review_files WHERE file_id = '{accepted.FileId}' AND status <> 'InReview'"));
    }

    [Fact]
    public async Task Callers_without_a_review_role_or_a_token_are_refused()
    {
        var clerk = await review.As("jiangpu", "jiangpu-s004", ["clerk"]).GetAsync("/v1/files");
        var anonymous = await review.CreateClient().GetAsync("/v1/files");
        var officerDeciding = await review.As("jiangpu", "jiangpu-s031", ["policy-officer"]).PostAsJsonAsync($"/v1/files/{Guid.NewGuid()}:pass", new { });

        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerDeciding.StatusCode);
    }
}
