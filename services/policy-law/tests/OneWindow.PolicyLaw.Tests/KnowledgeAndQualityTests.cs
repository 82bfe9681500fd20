using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;

namespace OneWindow.PolicyLaw.Tests;

public sealed class KnowledgeAndQualityTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private static string ThisMonth => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_clerk_finds_the_answer_to_a_question_in_chinese()
    {
        var found = await (await policyLaw.ClerkOf("jiangpu").GetAsync($"/v1/answers?q={Uri.EscapeDataString("低保 材料")}")).ReadAsync();

        var answer = Assert.Single(found.GetProperty("answers").EnumerateArray());
        Assert.Contains("户口簿", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_adds_an_answer_that_every_centre_then_finds()
    {
        var saved = await policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, "dinghai")
            .PostAsJsonAsync("/v1/answers", new { itemCode = "residence-permit", question = "居住证可以代办吗？", answer = "可以，代办人需携带本人及申请人身份证。" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var found = await (await policyLaw.ClerkOf("pingliang").GetAsync($"/v1/answers?q={Uri.EscapeDataString("代办")}&itemCode=residence-permit")).ReadAsync();
        Assert.Single(found.GetProperty("answers").EnumerateArray());
    }

    [Fact]
    public async Task The_answers_found_come_a_page_at_a_time_the_latest_revised_first_each_once()
    {
        // Answers are district-wide: a word of this test's own keeps other tests' answers out of its search.
        var word = $"口径{Guid.NewGuid():N}"[..12];
        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, "jiangpu");
        foreach (var question in new[] { "第一问", "第二问", "第三问" })
        {
            (await officer.PostAsJsonAsync("/v1/answers", new { itemCode = "dibao", question = $"{question}{word}", answer = "按最新口径办理。" })).EnsureSuccessStatusCode();
        }

        var pages = await Pages.ReadAllAsync(policyLaw.ClerkOf("pingliang"), $"/v1/answers?q={Uri.EscapeDataString(word)}", pageSize: 2);

        var answers = pages.SelectMany(page => page.Items("answers")).ToList();
        Assert.Equal([2, 1], pages.Select(page => page.Items("answers").Count()));
        Assert.Equal(3, answers.Select(a => a.Str("answerId")).Distinct().Count());
        Assert.Equal([$"第三问{word}", $"第二问{word}", $"第一问{word}"], answers.Select(a => a.Str("question")));
        Assert.All(pages, page => Assert.Equal(3, page.Int("totalSize")));
        await Pages.AssertBadPagesRefusedAsync(policyLaw.ClerkOf("pingliang"), $"/v1/answers?q={Uri.EscapeDataString(word)}");
    }

    [Fact]
    public async Task A_policy_officer_cannot_overwrite_an_answer_another_centre_wrote_and_the_attempt_is_audited()
    {
        var word = $"口径{Guid.NewGuid():N}"[..12];
        var dinghai = policyLaw.ClientFor("officer-dh", PolicyLawFactory.PolicyOfficer, "dinghai");
        var jiangpu = policyLaw.ClientFor("officer-jp", PolicyLawFactory.PolicyOfficer, "jiangpu");
        var written = await (await dinghai.PostAsJsonAsync("/v1/answers", new { itemCode = "dibao", question = $"低保可以代办吗{word}", answer = "可以，凭委托书代办。" })).ReadAsync();
        var answerId = written.Str("answerId");

        var overwrite = await jiangpu.PostAsJsonAsync("/v1/answers", new { answerId, itemCode = "dibao", question = $"低保可以代办吗{word}", answer = "不可以。" });
        var byOwnCentre = await dinghai.PostAsJsonAsync("/v1/answers", new { answerId, itemCode = "dibao", question = $"低保可以代办吗{word}", answer = "可以，凭委托书和双方身份证代办。" });
        var byDistrict = await policyLaw.ClientFor("yangpu-admin", ["district-admin"], null)
            .PostAsJsonAsync("/v1/answers", new { answerId, itemCode = "dibao", question = $"低保可以代办吗{word}", answer = "可以，凭委托书和双方身份证原件代办。" });

        Assert.Equal("dinghai", written.Str("centre"));
        Assert.Equal(HttpStatusCode.Forbidden, overwrite.StatusCode);
        var refusal = await overwrite.Content.ReadAsStringAsync();
        Assert.Contains("not-your-centres-answer", refusal, StringComparison.Ordinal);
        Assert.Contains("answerId", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byOwnCentre.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byDistrict.StatusCode);
        var found = Assert.Single((await (await policyLaw.ClerkOf("pingliang").GetAsync($"/v1/answers?q={Uri.EscapeDataString(word)}")).ReadAsync()).GetProperty("answers").EnumerateArray());
        Assert.Equal("可以，凭委托书和双方身份证原件代办。", found.Str("answer"));
        await using var connection = await policyLaw.OpenAppConnectionAsync("jiangpu");
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'save-answer' AND subject_id = $1 AND outcome = 'Denied' AND reason = 'not-your-centres-answer' AND actor = 'officer-jp'", connection)
        {
            Parameters = { new NpgsqlParameter { Value = answerId } },
        };
        Assert.Equal(1L, (long)(await audit.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_policy_officer_cannot_overwrite_the_districts_own_answer()
    {
        var seeded = (await (await policyLaw.ClerkOf("jiangpu").GetAsync($"/v1/answers?q={Uri.EscapeDataString("低保 材料")}")).ReadAsync()).GetProperty("answers")[0];

        var overwrite = await policyLaw.ClientFor("officer-jp", PolicyLawFactory.PolicyOfficer, "jiangpu")
            .PostAsJsonAsync("/v1/answers", new { answerId = seeded.Str("answerId"), itemCode = seeded.Str("itemCode"), question = seeded.Str("question"), answer = "不需要任何材料。" });

        Assert.Equal(HttpStatusCode.Forbidden, overwrite.StatusCode);
        var again = (await (await policyLaw.ClerkOf("jiangpu").GetAsync($"/v1/answers?q={Uri.EscapeDataString("低保 材料")}")).ReadAsync()).GetProperty("answers")[0];
        Assert.Equal(seeded.Str("answer"), again.Str("answer"));
    }

    [Theory]
    [InlineData("""{"itemCode":"no-such-item","question":"q","answer":"a"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"itemCode":"dibao","question":"","answer":"a"}""", HttpStatusCode.BadRequest)]
    public async Task A_bad_answer_is_refused(string body, HttpStatusCode expected)
    {
        var response = await policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, "jiangpu").PostAsync("/v1/answers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Training_records_show_who_was_trained_on_an_item()
    {
        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, "pingliang");
        (await officer.PostAsJsonAsync("/v1/training", new
        {
            title = "低保政策口径统一培训",
            heldOn = CatalogueDates.Format(ChinaTime.Today(TimeProvider.System)),
            itemCodes = new[] { "dibao", "dibao-review" },
            attendeeStaffIds = new[] { "pingliang-s004", "pingliang-s013", "pingliang-s016" },
        })).EnsureSuccessStatusCode();

        var coverage = await (await officer.GetAsync("/v1/training/coverage/dibao-review")).ReadAsync();

        Assert.Equal(["pingliang-s004", "pingliang-s013", "pingliang-s016"], coverage.GetProperty("trainedStaffIds").EnumerateArray().Select(s => s.GetString()));
        var elsewhere = await (await policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, "jiangpu").GetAsync("/v1/training/coverage/dibao-review")).ReadAsync();
        Assert.False(elsewhere.TryGetProperty("trainedStaffIds", out var staff) && staff.GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_centres_training_sessions_are_listed_latest_first_and_by_item_for_that_centre_only()
    {
        var centre = $"t{Guid.NewGuid():N}"[..12];
        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);
        var today = ChinaTime.Today(TimeProvider.System);
        (await officer.PostAsJsonAsync("/v1/training", new { title = "高龄津贴申请口径培训", heldOn = CatalogueDates.Format(today.AddDays(-7)), itemCodes = new[] { "dibao" }, attendeeStaffIds = new[] { $"{centre}-s004" } })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync("/v1/training", new { title = "居住证办理培训", heldOn = CatalogueDates.Format(today), itemCodes = new[] { "residence-permit" }, attendeeStaffIds = new[] { $"{centre}-s004", $"{centre}-s005" } })).EnsureSuccessStatusCode();

        var all = await (await officer.GetAsync("/v1/training")).ReadAsync();
        var ofItem = await (await policyLaw.DirectorOf(centre).GetAsync("/v1/training?itemCode=dibao")).ReadAsync();
        var elsewhere = await (await policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, "jiangpu").GetAsync("/v1/training")).ReadAsync();
        var clerk = await policyLaw.ClerkOf(centre).GetAsync("/v1/training");

        Assert.Equal(["居住证办理培训", "高龄津贴申请口径培训"], all.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        Assert.Equal(["高龄津贴申请口径培训"], ofItem.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var attendedElsewhere = elsewhere.TryGetProperty("sessions", out var theirs) ? theirs.EnumerateArray().SelectMany(s => s.GetProperty("attendeeStaffIds").EnumerateArray().Select(a => a.GetString()!)) : [];
        Assert.DoesNotContain(attendedElsewhere, attendee => attendee.StartsWith(centre, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
    }

    [Fact]
    public async Task The_sessions_come_a_page_at_a_time_latest_held_first_each_once_with_how_many_there_are()
    {
        var centre = $"t{Guid.NewGuid():N}"[..12];
        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);
        var today = ChinaTime.Today(TimeProvider.System);
        foreach (var (title, daysAgo) in new[] { ("低保口径培训", 14), ("居住证办理培训", 7), ("高龄津贴培训", 7) })
        {
            (await officer.PostAsJsonAsync("/v1/training", new { title, heldOn = CatalogueDates.Format(today.AddDays(-daysAgo)), itemCodes = new[] { "dibao" }, attendeeStaffIds = new[] { $"{centre}-s004" } })).EnsureSuccessStatusCode();
        }

        var pages = await Pages.ReadAllAsync(officer, "/v1/training", pageSize: 2);

        var sessions = pages.SelectMany(page => page.Items("sessions")).ToList();
        Assert.Equal([2, 1], pages.Select(page => page.Items("sessions").Count()));
        Assert.Equal(3, sessions.Select(s => s.Str("sessionId")).Distinct().Count());
        Assert.Equal("低保口径培训", sessions[^1].Str("title"));
        Assert.All(pages, page => Assert.Equal(3, page.Int("totalSize")));
        await Pages.AssertBadPagesRefusedAsync(officer, "/v1/training");
    }

    [Fact]
    public async Task Each_items_coverage_is_counted_over_every_session_and_names_who_is_not_yet_trained()
    {
        var centre = $"t{Guid.NewGuid():N}"[..12];
        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);
        var today = CatalogueDates.Format(ChinaTime.Today(TimeProvider.System));
        (await officer.PostAsJsonAsync("/v1/training", new { title = "低保政策培训", heldOn = today, itemCodes = new[] { "dibao", "dibao-review" }, attendeeStaffIds = new[] { $"{centre}-s004", $"{centre}-s005" } })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync("/v1/training", new { title = "低保复核培训", heldOn = today, itemCodes = new[] { "dibao" }, attendeeStaffIds = new[] { $"{centre}-s005", $"{centre}-s013" } })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync("/v1/training", new { title = "居住证培训", heldOn = today, itemCodes = new[] { "residence-permit" }, attendeeStaffIds = new[] { $"{centre}-s016" } })).EnsureSuccessStatusCode();

        var summary = await policyLaw.DirectorOf(centre).GetAsync("/v1/training/coverage").OkAsync();
        var dibao = await officer.GetAsync("/v1/training/coverage/dibao").OkAsync();
        var elsewhere = await policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, $"t{Guid.NewGuid():N}"[..12]).GetAsync("/v1/training/coverage").OkAsync();
        var clerk = await policyLaw.ClerkOf(centre).GetAsync("/v1/training/coverage");

        Assert.Equal(
            [("dibao", 2, 3), ("dibao-review", 1, 2), ("residence-permit", 1, 1)],
            summary.Items("items").Select(i => (i.Str("itemCode"), i.Int("sessions"), i.Int("trained"))));
        Assert.Equal([$"{centre}-s004", $"{centre}-s005", $"{centre}-s013"], dibao.Items("trainedStaffIds").Select(s => s.GetString()));
        Assert.Equal([$"{centre}-s016"], dibao.Items("notYetTrainedStaffIds").Select(s => s.GetString()));
        Assert.Empty(elsewhere.Items("items"));
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
    }

    [Fact]
    public async Task A_months_checks_come_a_page_at_a_time_reviewer_by_reviewer_each_once_with_each_reviewers_counts_of_the_month()
    {
        var centre = $"q{Guid.NewGuid():N}"[..12];
        foreach (var reviewer in new[] { "reviewer-b", "reviewer-a", "reviewer-c" })
        {
            for (var i = 0; i < 2; i++)
            {
                await policyLaw.PublishAsync(ApprovalFlow.Reviewed(centre, "dibao", reviewer: reviewer), "review");
            }
        }

        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);
        var drawn = await WaitForSampleAsync(officer, expected: 6);
        var wrong = drawn.First(c => c.Str("reviewerStaffId") == "reviewer-c").Str("checkId");
        (await officer.PostAsJsonAsync($"/v1/quality-checks/{wrong}:record", new { outcome = "error", errorCategory = "material-overlooked" })).EnsureSuccessStatusCode();

        var pages = await Pages.ReadAllAsync(policyLaw.DirectorOf(centre), $"/v1/quality-checks?month={ThisMonth}", pageSize: 4);

        var checks = pages.SelectMany(page => page.Items("checks")).ToList();
        Assert.Equal([4, 2], pages.Select(page => page.Items("checks").Count()));
        Assert.Equal(6, checks.Select(c => c.Str("checkId")).Distinct().Count());
        Assert.Equal(["reviewer-a", "reviewer-a", "reviewer-b", "reviewer-b", "reviewer-c", "reviewer-c"], checks.Select(c => c.Str("reviewerStaffId")));
        Assert.All(pages, page =>
        {
            Assert.Equal(6, page.Int("totalSize"));
            Assert.Equal(
                [("reviewer-a", 2, 0, 2), ("reviewer-b", 2, 0, 2), ("reviewer-c", 2, 1, 1)],
                page.Items("reviewers").Select(r => (r.Str("reviewerStaffId"), r.Int("sampled"), r.Int("error"), r.Int("pending"))));
        });
        await Pages.AssertBadPagesRefusedAsync(officer, $"/v1/quality-checks?month={ThisMonth}");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/v1/quality-checks?month=2026-13")).StatusCode);
    }

    [Fact]
    public async Task A_monthly_sample_of_each_reviewers_decisions_is_rechecked_and_published()
    {
        var centre = $"q{Guid.NewGuid():N}"[..12];
        for (var i = 0; i < 4; i++)
        {
            await policyLaw.PublishAsync(ApprovalFlow.Reviewed(centre, "dibao", reviewer: "reviewer-a") with { Outcome = i % 2 == 0 ? ReviewOutcome.Passed : ReviewOutcome.Returned }, "review");
            await policyLaw.PublishAsync(ApprovalFlow.Reviewed(centre, "dibao", reviewer: "reviewer-b"), "review");
        }

        var officer = policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre);
        var sample = await WaitForSampleAsync(officer, expected: 4);
        var check = sample.First(c => c.GetProperty("reviewerStaffId").GetString() == "reviewer-a");

        var recorded = await officer.PostAsJsonAsync($"/v1/quality-checks/{check.GetProperty("checkId").GetString()}:record", new { outcome = "error", errorCategory = "material-overlooked" });
        var again = await officer.PostAsJsonAsync($"/v1/quality-checks/{check.GetProperty("checkId").GetString()}:record", new { outcome = "correct" });

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await policyLaw.PublishedAsync("review-quality-checked", check.GetProperty("fileId").GetString()!));
    }

    [Fact]
    public async Task A_file_decided_by_two_reviewers_in_a_month_is_sampled_once()
    {
        var centre = $"q{Guid.NewGuid():N}"[..12];
        var first = ApprovalFlow.Reviewed(centre, "dibao", reviewer: "reviewer-a") with { Outcome = ReviewOutcome.Returned };
        await policyLaw.PublishAsync(first, "review");
        // Reassigned after its return, the same file is decided again by another reviewer.
        await policyLaw.PublishAsync(ApprovalFlow.Reviewed(centre, "dibao", reviewer: "reviewer-b") with { FileId = first.FileId, ReturnRound = 1 }, "review");
        await policyLaw.PublishAsync(ApprovalFlow.Reviewed(centre, "dibao", reviewer: "reviewer-b"), "review");

        var sample = await WaitForSampleAsync(policyLaw.ClientFor("officer-1", PolicyLawFactory.PolicyOfficer, centre), expected: 2);

        Assert.Equal(sample.Count, sample.Select(c => c.GetProperty("fileId").GetString()).Distinct().Count());
        Assert.Equal(2, sample.Count);
    }

    [Fact]
    public async Task An_error_must_name_its_category_and_nobody_checks_their_own_review()
    {
        var centre = $"q{Guid.NewGuid():N}"[..12];
        await policyLaw.PublishAsync(ApprovalFlow.Reviewed(centre, "dibao", reviewer: "officer-2"), "review");
        var officer = policyLaw.ClientFor("officer-2", PolicyLawFactory.PolicyOfficer, centre);
        var check = (await WaitForSampleAsync(officer, expected: 1))[0].GetProperty("checkId").GetString();

        var uncategorised = await policyLaw.ClientFor("officer-3", PolicyLawFactory.PolicyOfficer, centre).PostAsJsonAsync($"/v1/quality-checks/{check}:record", new { outcome = "error" });
        var own = await officer.PostAsJsonAsync($"/v1/quality-checks/{check}:record", new { outcome = "correct" });

        Assert.Equal(HttpStatusCode.BadRequest, uncategorised.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    private static async Task<List<System.Text.Json.JsonElement>> WaitForSampleAsync(HttpClient officer, int expected)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var sample = await (await officer.PostAsJsonAsync("/v1/quality-checks:sample", new { month = ThisMonth, perReviewer = 2 })).ReadAsync();
            if (sample.TryGetProperty("checks", out var checks) && checks.GetArrayLength() >= expected)
            {
                return [.. checks.EnumerateArray()];
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The reviewed decisions never arrived for sampling.");
    }
}
