using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>质量抽查: officers draw the month's sample and recheck it, never their own review; heads and the director read.</summary>
public sealed class QualitySampleTests : BunitContext
{
    private const string OthersCheck = "0193a0b2-0000-7000-8000-0000000c0001";
    private const string OwnCheck = "0193a0b2-0000-7000-8000-0000000c0002";
    private readonly AnsweringInvoker _policyLaw = new();

    public QualitySampleTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new PolicyLaw.V1.QualityChecks.QualityChecksClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        _policyLaw.Answer(new ListItemsReply { Items = { new ServiceItem { Code = "dibao", Name = "最低生活保障申请", Category = "社会救助" } } });
        _policyLaw.Answer(new ListChecksReply
        {
            Checks =
            {
                Check(OthersCheck, "jiangpu-s022", "pending"),
                Check(OwnCheck, "jiangpu-s030", "pending"),
                Check("0193a0b2-0000-7000-8000-0000000c0003", "jiangpu-s022", "error", "material-overlooked"),
            },
            Reviewers = { Reviewer("jiangpu-s022", correct: 0, error: 1, pending: 1), Reviewer("jiangpu-s030", correct: 0, error: 0, pending: 1) },
            TotalSize = 3,
        });
    }

    [Fact]
    public void An_officer_is_shown_that_their_own_review_is_not_theirs_to_check_before_clicking()
    {
        SignIn("jiangpu-s030", "head", "policy-officer");
        var page = Render<QualitySample>();

        var own = page.Find($"[data-test=check][data-check='{OwnCheck}']");
        Assert.Contains("本人初审，不能由您抽查", own.TextContent, StringComparison.Ordinal);
        Assert.Empty(own.QuerySelectorAll("button"));
        Assert.NotEmpty(page.Find($"[data-test=check][data-check='{OthersCheck}']").QuerySelectorAll("[data-test=check-correct]"));
        Assert.Equal("2026-12", Assert.Single(_policyLaw.Sent.OfType<ListChecksRequest>()).Month);
    }

    [Fact]
    public void The_director_reads_each_reviewers_results_and_is_offered_no_draw_and_no_recheck()
    {
        SignIn("jiangpu-s001", "director");
        var page = Render<QualitySample>();

        var reviewer = page.Find("[data-test=reviewer][data-reviewer=jiangpu-s022]").Children.Select(c => c.TextContent).ToArray();
        Assert.Equal(["jiangpu-s022", "2", "0", "1", "1"], reviewer);
        Assert.Contains("有误：材料审核疏漏", page.Find("[data-test=check][data-check='0193a0b2-0000-7000-8000-0000000c0003']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-test=draw-sample]"));
        Assert.Empty(page.FindAll("[data-test=check-correct]"));
        Assert.Empty(page.FindAll("[data-test=own-review]"));
    }

    [Fact]
    public void An_error_is_recorded_only_with_its_category_and_shown_in_the_row()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<QualitySample>();
        var row = $"[data-test=check][data-check='{OthersCheck}']";
        Assert.True(page.Find($"{row} [data-test=check-error]").HasAttribute("disabled"));

        page.Find($"{row} [data-test=error-category]").Change("wrong-eligibility");
        page.Find($"{row} input").Change("家庭收入核算有误");
        var recorded = Check(OthersCheck, "jiangpu-s022", "error", "wrong-eligibility", checkedBy: "jiangpu-s031");
        _policyLaw.Answer(recorded);
        _policyLaw.Answer(new ListChecksReply
        {
            Checks = { recorded, Check(OwnCheck, "jiangpu-s030", "pending") },
            Reviewers = { Reviewer("jiangpu-s022", correct: 0, error: 2, pending: 0), Reviewer("jiangpu-s030", correct: 0, error: 0, pending: 1) },
            TotalSize = 3,
        });
        page.Find($"{row} [data-test=check-error]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<RecordCheckRequest>());
        Assert.Equal((OthersCheck, "error", "wrong-eligibility", "家庭收入核算有误"), (sent.CheckId, sent.Outcome, sent.ErrorCategory, sent.Note));
        page.WaitForAssertion(() => Assert.Contains("有误：资格认定错误（jiangpu-s031）", page.Find($"{row} [data-test=check-outcome]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll($"{row} button"));
        Assert.Equal(["jiangpu-s022", "2", "0", "2", "0"], page.Find("[data-test=reviewer][data-reviewer=jiangpu-s022]").Children.Select(c => c.TextContent));
    }

    [Fact]
    public void Each_reviewers_counts_are_of_the_whole_month_while_the_checks_come_a_page_at_a_time()
    {
        SignIn("jiangpu-s001", "director");
        _policyLaw.Answer(new ListChecksReply
        {
            Checks = { Check(OthersCheck, "jiangpu-s022", "pending") },
            Reviewers = { Reviewer("jiangpu-s022", correct: 30, error: 4, pending: 26) },
            TotalSize = 60,
            NextPageToken = "checks-2",
        });
        var page = Render<QualitySample>();
        Assert.Equal(["jiangpu-s022", "60", "30", "4", "26"], page.Find("[data-test=reviewer][data-reviewer=jiangpu-s022]").Children.Select(c => c.TextContent));
        Assert.Contains("共抽查 60 件", page.Find("[data-test=reviewers] caption").TextContent, StringComparison.Ordinal);

        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        page.Find("#quality-month").Change("2026-11");

        page.WaitForAssertion(() => Assert.Equal("第 1 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _policyLaw.Sent.OfType<ListChecksRequest>().ToList();
        Assert.Equal([("2026-12", ""), ("2026-12", "checks-2"), ("2026-11", "")], asked.Select(r => (r.Month, r.PageToken)));
    }

    [Fact]
    public void A_decision_a_colleague_has_just_checked_is_refused_in_chinese()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<QualitySample>();
        _policyLaw.Refuse(new Google.Rpc.Status { Code = (int)StatusCode.Aborted, Message = "This decision has already been checked.", Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "already-checked", Domain = "onewindow" }) } });

        page.Find($"[data-test=check][data-check='{OthersCheck}'] [data-test=check-correct]").Click();

        page.WaitForAssertion(() => Assert.Equal("该件已复查过，结果已记录。", page.Find("[data-test=quality-refusal]").TextContent));
    }

    [Fact]
    public void An_officer_draws_the_months_sample_with_the_number_per_reviewer()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<QualitySample>();

        page.Find("#quality-per-reviewer").Change("5");
        page.Find("[data-test=draw-sample]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<DrawSampleRequest>());
        Assert.Equal(("2026-12", 5), (sent.Month, sent.PerReviewer));
        page.WaitForAssertion(() => Assert.Contains("已按每人 5 件抽取 2026-12 的样本", page.Find("[data-test=quality-done]").TextContent, StringComparison.Ordinal));
    }

    private static QualityCheck Check(string id, string reviewer, string outcome, string? category = null, string? checkedBy = null) => new()
    {
        CheckId = id,
        FileId = "0193a0b2-0000-7000-8000-0000000f" + id[^4..],
        ReviewerStaffId = reviewer,
        ItemCode = "dibao",
        ReviewOutcome = "passed",
        Month = "2026-12",
        Outcome = outcome,
        ErrorCategory = category,
        CheckedBy = checkedBy ?? (outcome == "pending" ? null : "jiangpu-s031"),
    };

    private static ReviewerChecks Reviewer(string staffId, int correct, int error, int pending) =>
        new() { ReviewerStaffId = staffId, Sampled = correct + error + pending, Correct = correct, Error = error, Pending = pending };

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
