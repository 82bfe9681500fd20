using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>Separation of duties on the approval page: seen before anyone clicks, not only refused by policy-law.</summary>
public sealed class ApprovalDetailTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();

    public ApprovalDetailTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddSeedWorkingDays();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new OneWindow.PolicyLaw.V1.Approval.ApprovalClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
    }

    [Theory]
    [InlineData("jiangpu-s031", "jiangpu-s004", "本件由您初审")]
    [InlineData("jiangpu-s020", "jiangpu-s031", "本件由您受理")]
    public void A_file_the_officer_reviewed_or_accepted_says_why_it_is_not_theirs_and_offers_no_decision(string reviewer, string clerk, string words)
    {
        SignIn("jiangpu-s031");
        _policyLaw.Answer(Pending(reviewer, clerk));

        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, "0193a0b2-0000-7000-8000-000000000001"));

        page.WaitForAssertion(() => Assert.Contains(words, page.Find("[data-test=approval-not-yours]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=approve]"));
    }

    [Fact]
    public void A_colleague_who_neither_accepted_nor_reviewed_the_file_is_offered_the_decision()
    {
        SignIn("jiangpu-s031");
        _policyLaw.Answer(Pending(reviewer: "jiangpu-s022", clerk: "jiangpu-s004"));

        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, "0193a0b2-0000-7000-8000-000000000001"));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=approve]")));
        Assert.Empty(page.FindAll("[data-test=approval-not-yours]"));
    }

    [Fact]
    public void A_benefit_is_approved_at_the_rules_amount_and_another_amount_waits_for_its_reason()
    {
        SignIn("jiangpu-s031");
        var benefit = Pending(reviewer: "jiangpu-s022", clerk: "jiangpu-s004");
        benefit.ItemCode = "elderly-allowance";
        benefit.MonthlyBenefit = true;
        benefit.RuleAmount = "150.00";
        _policyLaw.Answer(benefit);
        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, benefit.FileId));
        page.WaitForAssertion(() => Assert.Equal("150.00", page.Find("#approval-amount").GetAttribute("value")));
        Assert.Empty(page.FindAll("#approval-amount-reason"));

        page.Find("#approval-amount").Input("300.00");
        Assert.True(page.Find("[data-test=approve]").HasAttribute("disabled"));
        page.Find("#approval-amount-reason").Input("独居且失能，经主任办公会研究按高档发放");
        page.Find("[data-test=approve]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<ApproveRequest>());
        Assert.Equal(("300.00", "独居且失能，经主任办公会研究按高档发放"), (sent.MonthlyAmount, sent.AmountReason));
    }

    [Fact]
    public void The_rules_amount_is_sent_without_a_reason()
    {
        SignIn("jiangpu-s031");
        var benefit = Pending(reviewer: "jiangpu-s022", clerk: "jiangpu-s004");
        benefit.MonthlyBenefit = true;
        benefit.RuleAmount = "150.00";
        _policyLaw.Answer(benefit);
        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, benefit.FileId));
        page.WaitForAssertion(() => Assert.False(page.Find("[data-test=approve]").HasAttribute("disabled")));

        page.Find("[data-test=approve]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<ApproveRequest>());
        Assert.Equal(("150.00", null), (sent.MonthlyAmount, sent.AmountReason));
    }

    [Fact]
    public void An_amount_above_the_items_limit_waits_for_the_director_and_the_officer_is_told_so()
    {
        SignIn("jiangpu-s031");
        var benefit = Pending(reviewer: "jiangpu-s022", clerk: "jiangpu-s004");
        benefit.MonthlyBenefit = true;
        benefit.RuleAmount = "600.00";
        benefit.DirectorConfirmAbove = "500.00";
        var waiting = AwaitingDirector(approvedBy: "jiangpu-s031");
        _policyLaw.AnswerFrom<Google.Protobuf.IMessage, ApprovalCase>(request => request is ApproveRequest ? waiting : benefit);
        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, benefit.FileId));
        page.WaitForAssertion(() => Assert.Equal("月发放金额超过 500.00 元的，批准后须由中心主任确认。", page.Find("[data-test=approval-limit]").TextContent));

        page.Find("[data-test=approve]").Click();

        page.WaitForAssertion(() => Assert.Equal("待主任确认", page.Find("[data-test=approval-status]").TextContent));
        Assert.Contains("待中心主任确认", page.Find("[data-test=approval-done]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-test=confirm]"));
    }

    [Fact]
    public void The_director_reads_the_amount_its_limit_and_the_reason_and_confirms_it()
    {
        SignIn("jiangpu-s001", "director");
        var waiting = AwaitingDirector(approvedBy: "jiangpu-s031");
        var confirmed = AwaitingDirector(approvedBy: "jiangpu-s031");
        confirmed.Status = ApprovalStatus.Approved;
        confirmed.ConfirmedBy = "jiangpu-s001";
        _policyLaw.AnswerFrom<Google.Protobuf.IMessage, ApprovalCase>(request => request is ConfirmRequest ? confirmed : waiting);
        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, waiting.FileId));
        page.WaitForAssertion(() => Assert.Equal("待主任确认", page.Find("[data-test=approval-status]").TextContent));
        Assert.Equal("1,200.00 元（超过本事项限额 1,000.00 元，须主任确认）；按规则应为 600.00 元，调整理由：独居且重度失能，护理支出大",
            page.Find("[data-test=approval-approved-amount]").TextContent);

        page.Find("[data-test=confirm]").Click();

        Assert.Equal(waiting.FileId, Assert.Single(_policyLaw.Sent.OfType<ConfirmRequest>()).FileId);
        page.WaitForAssertion(() => Assert.Equal("jiangpu-s001", page.Find("[data-test=approval-confirmed-by]").TextContent));
        Assert.Empty(page.FindAll("[data-test=confirm]"));
    }

    [Fact]
    public void The_director_sends_an_amount_back_only_with_a_reason()
    {
        SignIn("jiangpu-s001", "director");
        var waiting = AwaitingDirector(approvedBy: "jiangpu-s031");
        _policyLaw.Answer(waiting);
        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, waiting.FileId));
        page.WaitForAssertion(() => Assert.True(page.Find("[data-test=send-back]").HasAttribute("disabled")));

        page.Find("#send-back-reason").Input("金额超出标准，请按规则核定");
        page.Find("[data-test=send-back]").Click();

        Assert.Equal("金额超出标准，请按规则核定", Assert.Single(_policyLaw.Sent.OfType<DecisionRequest>()).Reason);
    }

    [Fact]
    public void A_director_who_approved_the_amount_is_told_another_director_confirms_it_and_offered_nothing()
    {
        AddAuthorization().SetAuthorized("jiangpu-s031").SetRoles("policy-officer", "director").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s031"));
        _policyLaw.Answer(AwaitingDirector(approvedBy: "jiangpu-s031"));

        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, "0193a0b2-0000-7000-8000-000000000001"));

        page.WaitForAssertion(() => Assert.Contains("须由另一位中心主任确认", page.Find("[data-test=approval-own-amount]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=confirm]"));
        Assert.Empty(page.FindAll("[data-test=send-back]"));
    }

    [Fact]
    public void An_amount_the_director_sent_back_shows_the_officer_why()
    {
        SignIn("jiangpu-s031");
        var pending = Pending(reviewer: "jiangpu-s022", clerk: "jiangpu-s004");
        pending.SentBackBy = "jiangpu-s001";
        pending.SentBackReason = "金额超出标准，请按规则核定";
        _policyLaw.Answer(pending);

        var page = Render<ApprovalDetail>(parameters => parameters.Add(p => p.FileId, pending.FileId));

        page.WaitForAssertion(() => Assert.Equal("中心主任 jiangpu-s001 未确认核定的金额，退回重新核定：金额超出标准，请按规则核定", page.Find("[data-test=approval-sent-back]").TextContent));
        Assert.Single(page.FindAll("[data-test=approve]"));
    }

    private static ApprovalCase AwaitingDirector(string approvedBy)
    {
        var waiting = Pending(reviewer: "jiangpu-s022", clerk: "jiangpu-s004");
        waiting.ItemCode = "elderly-allowance";
        waiting.MonthlyBenefit = true;
        waiting.Status = ApprovalStatus.AwaitingDirector;
        waiting.DecidedBy = approvedBy;
        waiting.ApprovedAmount = "1200.00";
        waiting.RuleAmount = "600.00";
        waiting.AmountReason = "独居且重度失能，护理支出大";
        waiting.DirectorConfirmAbove = "1000.00";
        return waiting;
    }

    private void SignIn(string staffId, string role = "policy-officer") =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(role).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));

    private static ApprovalCase Pending(string reviewer, string clerk) => new()
    {
        FileId = "0193a0b2-0000-7000-8000-000000000001",
        ItemCode = "low-income-family",
        ItemVersion = 1,
        ReviewerStaffId = reviewer,
        AcceptingClerkStaffId = clerk,
        ReceivedAt = "2026-12-01T10:00:00+08:00",
        Deadline = "2027-01-12T17:00:00+08:00",
        Status = ApprovalStatus.Pending,
    };
}
