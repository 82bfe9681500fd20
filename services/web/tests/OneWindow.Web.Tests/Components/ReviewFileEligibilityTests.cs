using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.Intake.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The reviewer's file says whether the household qualifies and why, and goes on working when that cannot be said.</summary>
public sealed class ReviewFileEligibilityTests : BunitContext
{
    private const string FileId = "0193a0b2-0000-7000-8000-000000000007";

    private readonly AnsweringInvoker _review = new();
    private readonly AnsweringInvoker _intake = new();
    private readonly AnsweringInvoker _policyLaw = new();

    public ReviewFileEligibilityTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddSeedWorkingDays();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new FirstReview.FirstReviewClient(_review));
        Services.AddSingleton(new Roster.RosterClient(_review));
        Services.AddSingleton(new JointItems.JointItemsClient(_review));
        Services.AddSingleton(new OneWindow.Notification.V1.Templates.TemplatesClient(_review));
        Services.AddSingleton(new Acceptance.AcceptanceClient(_intake));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddScoped<DeskCatalogue>();
        Services.AddTransient<PageAction>();
        // Monday 7 December 2026, 09:00 in Shanghai.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        AddAuthorization().SetAuthorized("jiangpu-s022").SetRoles("reviewer").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s022"));
        _review.Answer(new ReviewFile
        {
            FileId = FileId,
            ItemCode = "dibao-review",
            ItemVersion = 1,
            ItemName = "最低生活保障年审",
            Kind = "routed",
            Status = OneWindow.Review.V1.FileStatus.InReview,
            ReviewerStaffId = "jiangpu-s022",
            AcceptingClerkStaffId = "jiangpu-s004",
            AcceptedAt = "2026-12-03T02:00:00Z",
            Deadline = "2026-12-24T09:00:00Z",
            Materials = { new OneWindow.Review.V1.Material { Code = "hukou-book", Name = "户口簿" } },
        });
        _policyLaw.Answer(new ListGuidesReply { Guides = { new ServiceGuide { Code = "dibao", Name = "最低生活保障申请" } } });
    }

    [Fact]
    public void An_eligible_household_is_shown_as_such_with_each_fact_the_rule_read_in_the_centres_words()
    {
        _intake.Answer(Evaluated(FileEligibilityOutcome.Eligible, "符合条件：已享受待遇为dibao，家庭月人均收入为900.00（规则：Holds(\"dibao\") && PerCapitaIncome < 1510）",
            ("Benefits", "dibao"), ("PerCapitaIncome", "900.00")));

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Equal("符合", page.Find("[data-test=eligibility-outcome]").TextContent));
        Assert.Equal(["已享受待遇：最低生活保障申请", "家庭月人均收入：900.00 元"], Facts(page));
        Assert.Contains("依本事项第 1 版资格规则", page.Find("[data-test=file-eligibility]").TextContent, StringComparison.Ordinal);
        Assert.Contains("政策法规部意见：符合条件", page.Find("[data-test=eligibility-reason]").TextContent, StringComparison.Ordinal);
        Assert.Equal(FileId, Assert.Single(_intake.Sent.OfType<GetFileEligibilityRequest>()).FileId);
        Assert.Single(page.FindAll("[data-test=pass]"));
    }

    [Fact]
    public void A_household_that_does_not_qualify_is_shown_not_eligible_with_the_values_that_failed_it()
    {
        _intake.Answer(Evaluated(FileEligibilityOutcome.NotEligible, "不符合条件：已享受待遇为无，家庭月人均收入为2400.00（规则：Holds(\"dibao\") && PerCapitaIncome < 1510）",
            ("Benefits", string.Empty), ("PerCapitaIncome", "2400.00")));

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Equal("不符合", page.Find("[data-test=eligibility-outcome]").TextContent));
        Assert.Equal(["已享受待遇：无", "家庭月人均收入：2,400.00 元"], Facts(page));
        Assert.Contains("Holds(\"dibao\") && PerCapitaIncome < 1510", page.Find("[data-test=eligibility-rule]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ineligible_household_reads_each_clause_of_the_rule_with_the_failing_one_marked()
    {
        var eligibility = Evaluated(FileEligibilityOutcome.NotEligible, "不符合条件：已享受待遇：最低生活保障申请，须享受最低生活保障申请：符合；家庭月人均收入 2,400.00 元，低于 1,510 元：不符合",
            ("Benefits", "dibao"), ("PerCapitaIncome", "2400.00"));
        eligibility.Clauses.Add(new OneWindow.Intake.V1.EligibilityClause { Fact = "Benefits", Held = true, Text = "已享受待遇：最低生活保障申请，须享受最低生活保障申请：符合" });
        eligibility.Clauses.Add(new OneWindow.Intake.V1.EligibilityClause { Fact = "PerCapitaIncome", Held = false, Text = "家庭月人均收入 2,400.00 元，低于 1,510 元：不符合" });
        _intake.Answer(eligibility);

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=eligibility-clause]").Count));
        var failed = Assert.Single(page.FindAll("[data-test=eligibility-clause][data-held=false]"));
        Assert.Equal("家庭月人均收入 2,400.00 元，低于 1,510 元：不符合", failed.TextContent);
        Assert.Equal("PerCapitaIncome", failed.GetAttribute("data-fact"));
        Assert.Contains("clause-failed", failed.ClassList);
        Assert.Contains("逐条核对", page.Find("[data-test=file-eligibility]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_not_on_record_leaves_the_verdict_undetermined_and_says_which()
    {
        _intake.Answer(Evaluated(FileEligibilityOutcome.Undetermined, "无法判断，缺少：年龄", ("Age", string.Empty), ("LocalHukou", "True")));

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Equal("无法判断", page.Find("[data-test=eligibility-outcome]").TextContent));
        Assert.Equal(["申请人年龄：未登记（无法判断）", "本区户籍：是"], Facts(page));
    }

    [Fact]
    public void An_item_without_a_rule_says_so_rather_than_calling_the_household_eligible()
    {
        _intake.Answer(new FileEligibility { FileId = FileId, ItemCode = "residence-permit", ItemVersion = 1, Outcome = FileEligibilityOutcome.Eligible, FactsOn = "2026-12-07", Reason = "本事项无资格条件，凡申请即可受理。" });

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Contains("本事项无资格规则", page.Find("[data-test=eligibility-no-rule]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=eligibility-outcome]"));
    }

    [Fact]
    public void When_policy_law_does_not_answer_a_notice_says_so_and_the_file_can_still_be_decided()
    {
        _intake.Answer(new FileEligibility { FileId = FileId, ItemCode = "dibao-review", ItemVersion = 1, Outcome = FileEligibilityOutcome.Unavailable, FactsOn = "2026-12-07" });

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Contains("资格核验暂不可用", page.Find("[data-test=eligibility-notice]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=eligibility-outcome]"));
        Assert.Single(page.FindAll("[data-test=pass]"));
        Assert.Empty(page.FindAll("[data-test=review-refusal]"));
    }

    [Theory]
    [InlineData(StatusCode.PermissionDenied, "您没有办理此事项的权限")]
    [InlineData(StatusCode.Unavailable, "服务暂时不可用")]
    public void A_refused_or_unreachable_eligibility_is_a_notice_in_its_section_and_the_rest_of_the_file_works(StatusCode status, string words)
    {
        _intake.Refuse(new Google.Rpc.Status { Code = (int)status, Message = "refused" });

        var page = Render<ReviewFileDetail>(parameters => parameters.Add(p => p.FileId, FileId));

        page.WaitForAssertion(() => Assert.Contains(words, page.Find("[data-test=eligibility-notice]").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("无法显示资格核验结果", page.Find("[data-test=eligibility-notice]").TextContent, StringComparison.Ordinal);
        Assert.Equal("初审中", page.Find("[data-test=review-status]").TextContent);
        Assert.Single(page.FindAll("[data-test=pass]"));
        Assert.Empty(page.FindAll("[data-test=review-refusal]"));
    }

    private static FileEligibility Evaluated(FileEligibilityOutcome outcome, string reason, params (string Fact, string Value)[] facts)
    {
        var eligibility = new FileEligibility
        {
            FileId = FileId,
            ItemCode = "dibao-review",
            ItemVersion = 1,
            Outcome = outcome,
            Rule = "Holds(\"dibao\") && PerCapitaIncome < 1510",
            Reason = reason,
            FactsOn = "2026-12-07",
        };
        eligibility.Facts.AddRange(facts.Select(f => new EligibilityFact { Fact = f.Fact, Value = f.Value }));
        return eligibility;
    }

    private static List<string> Facts(IRenderedComponent<ReviewFileDetail> page) =>
        [.. page.FindAll("[data-test=eligibility-fact]").Select(row => $"{row.QuerySelector("th")!.TextContent}：{row.QuerySelector("td")!.TextContent}")];
}
