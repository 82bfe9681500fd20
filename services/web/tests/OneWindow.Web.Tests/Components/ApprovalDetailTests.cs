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

    private void SignIn(string staffId) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles("policy-officer").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));

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
