using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>审批工作台: the worklist a page at a time, in the order policy-law gives it.</summary>
public sealed class ApprovalsTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();

    public ApprovalsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddSeedWorkingDays();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new OneWindow.PolicyLaw.V1.Approval.ApprovalClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("jiangpu-s031").SetRoles("policy-officer").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s031"));
    }

    [Fact]
    public void The_next_page_is_asked_with_policy_laws_token_and_a_new_status_starts_again_at_the_first()
    {
        _policyLaw.Answer(Page("after-first", Case("f1")));
        var page = Render<Approvals>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=approval-case]")));

        _policyLaw.Answer(Page(string.Empty, Case("f2")));
        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/approvals?status=Approved");

        page.WaitForAssertion(() => Assert.Equal("第 1 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _policyLaw.Sent.OfType<ListWorklistRequest>().Select(r => (r.Status, r.PageToken)).ToList();
        Assert.Equal([(ApprovalStatus.Pending, ""), (ApprovalStatus.Pending, "after-first"), (ApprovalStatus.Approved, "")], asked);
        Assert.Contains("最近的在前", page.Find("[data-test=approvals] caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_amounts_waiting_for_the_director_have_their_own_tab_in_deadline_order()
    {
        _policyLaw.Answer(Page(string.Empty, Case("f1")));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/approvals?status=AwaitingDirector");

        var page = Render<Approvals>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=approval-case]")));
        Assert.Equal(ApprovalStatus.AwaitingDirector, Assert.Single(_policyLaw.Sent.OfType<ListWorklistRequest>()).Status);
        Assert.Equal("待主任确认", page.Find("a[aria-current=page]").TextContent);
        Assert.Contains("待中心主任确认", page.Find("[data-test=approvals] caption").TextContent, StringComparison.Ordinal);
    }

    private static ListWorklistReply Page(string next, params ApprovalCase[] cases)
    {
        var reply = new ListWorklistReply { NextPageToken = next };
        reply.Cases.AddRange(cases);
        return reply;
    }

    private static ApprovalCase Case(string fileId) => new()
    {
        FileId = fileId,
        ItemCode = "elderly-allowance",
        ReceivedAt = "2026-12-01T09:00:00+08:00",
        Deadline = "2026-12-15T17:00:00+08:00",
        ReviewerStaffId = "jiangpu-s022",
        AcceptingClerkStaffId = "jiangpu-s004",
    };
}
