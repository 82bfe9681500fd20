using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>请假: anyone asks for their own; only the head of the department is offered a decision, with the A/B cover shown.</summary>
public sealed class HrLeaveTests : BunitContext
{
    private readonly AnsweringInvoker _services = new();

    public HrLeaveTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new OneWindow.HrPayroll.V1.Leave.LeaveClient(_services));
        Services.AddSingleton(new OneWindow.HrPayroll.V1.Staff.StaffClient(_services));
        Services.AddSingleton(new Catalogue.CatalogueClient(_services));
        Services.AddScoped<DeskCatalogue>();
        Services.AddTransient<PageAction>();
        _services.Answer(new ListGuidesReply { Guides = { new ServiceGuide { Code = "dibao", Name = "最低生活保障" } } });
        _services.Answer(new ListStaffReply
        {
            Staff =
            {
                new StaffMember { StaffId = "jiangpu-s019", Name = "崔建", Department = Department.FirstReview, Roles = { "head", "reviewer" } },
                new StaffMember { StaffId = "jiangpu-s020", Name = "李浩", Department = Department.FirstReview, Roles = { "reviewer" }, ItemsAsB = { "dibao" } },
                new StaffMember { StaffId = "jiangpu-s022", Name = "李思嘉", Department = Department.FirstReview, Roles = { "reviewer" }, ItemsAsA = { "dibao" } },
                new StaffMember { StaffId = "jiangpu-s023", Name = "张敏", Department = Department.FirstReview, Roles = { "reviewer" } },
            },
        });
    }

    [Fact]
    public void The_head_sees_a_waiting_request_whose_B_is_away_on_those_days()
    {
        SignIn("jiangpu-s019", "head", "reviewer");
        AnswerLeave(
            Leave("l1", "jiangpu-s022", "2027-01-11", "2027-01-12", LeaveStatus.Requested),
            Leave("l2", "jiangpu-s020", "2027-01-12", "2027-01-12", LeaveStatus.Approved));

        var page = Render<HrLeave>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=leave-request]")));
        var cover = page.Find("[data-test=leave-request][data-staff=jiangpu-s022] [data-test=leave-cover]");
        Assert.Contains("最低生活保障：B角 李浩（jiangpu-s020） 同期也请假", cover.TextContent, StringComparison.Ordinal);
        Assert.Contains("leave-cover-gap", cover.ClassName, StringComparison.Ordinal);
        var coverAsked = Assert.Single(_services.Sent.OfType<ListLeaveRequest>(), r => r.OverlapsFrom is not null);
        Assert.Equal(("2027-01-11", "2027-01-12"), (coverAsked.OverlapsFrom, coverAsked.OverlapsTo));
    }

    [Fact]
    public void A_request_whose_partner_was_refused_leave_has_its_cover_present()
    {
        SignIn("jiangpu-s019", "head", "reviewer");
        AnswerLeave(
            Leave("l1", "jiangpu-s022", "2027-01-11", "2027-01-12", LeaveStatus.Requested),
            Leave("l2", "jiangpu-s020", "2027-01-12", "2027-01-12", LeaveStatus.Rejected),
            Leave("l3", "jiangpu-s023", "2027-01-11", "2027-01-11", LeaveStatus.Requested));

        var page = Render<HrLeave>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=leave-request]").Count));
        Assert.Equal("AB角均在岗", page.Find("[data-test=leave-request][data-staff=jiangpu-s022] [data-test=leave-cover]").TextContent.Trim());
        Assert.Equal("不承担AB角事项", page.Find("[data-test=leave-request][data-staff=jiangpu-s023] [data-test=leave-cover]").TextContent.Trim());
    }

    [Fact]
    public void The_head_is_never_offered_their_own_leave_to_decide()
    {
        SignIn("jiangpu-s019", "head", "reviewer");
        AnswerLeave(Leave("l1", "jiangpu-s019", "2027-01-11", "2027-01-12", LeaveStatus.Requested));

        var page = Render<HrLeave>();

        page.WaitForAssertion(() => page.Find("[data-test=leave-pending-none]"));
        Assert.Empty(page.FindAll("[data-test=approve-leave]"));
    }

    [Fact]
    public void Rejecting_waits_for_a_reason_and_sends_it()
    {
        SignIn("jiangpu-s019", "head", "reviewer");
        AnswerLeave(Leave("l1", "jiangpu-s022", "2027-01-11", "2027-01-12", LeaveStatus.Requested));
        var page = Render<HrLeave>();
        page.WaitForAssertion(() => Assert.True(page.Find("[data-test=reject-leave]").HasAttribute("disabled")));

        page.Find("#note-l1").Input("月底办件集中，请改期");
        page.Find("[data-test=reject-leave]").Click();

        page.WaitForAssertion(() => Assert.Contains("已不批准 李思嘉（jiangpu-s022）", page.Find("[data-test=leave-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_services.Sent.OfType<DecideLeaveRequest>());
        Assert.Equal("l1", sent.LeaveId);
        Assert.Equal("月底办件集中，请改期", sent.Note);
    }

    [Fact]
    public void Approving_sends_the_decision_without_a_note_when_none_is_written()
    {
        SignIn("jiangpu-s019", "head", "reviewer");
        AnswerLeave(Leave("l1", "jiangpu-s022", "2027-01-11", "2027-01-12", LeaveStatus.Requested));
        var page = Render<HrLeave>();
        page.WaitForAssertion(() => page.Find("[data-test=approve-leave]"));

        page.Find("[data-test=approve-leave]").Click();

        page.WaitForAssertion(() => Assert.Contains("已批准", page.Find("[data-test=leave-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_services.Sent.OfType<DecideLeaveRequest>());
        Assert.Null(sent.Note);
    }

    [Theory]
    [InlineData("hr-admin")]
    [InlineData("director")]
    public void The_hr_administrator_and_the_director_read_the_centres_leave_and_are_told_the_head_decides(string role)
    {
        SignIn("jiangpu-s001", role);
        AnswerLeave(Leave("l1", "jiangpu-s022", "2027-01-11", "2027-01-12", LeaveStatus.Requested));

        var page = Render<HrLeave>();

        page.WaitForAssertion(() => Assert.Contains("负责人审批", page.Find("[data-test=leave-head-decides]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=leave-pending]"));
        Assert.Empty(page.FindAll("[data-test=approve-leave]"));
        Assert.Contains("待审批", page.Find("[data-test=all-leave]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_centres_leave_comes_a_page_at_a_time_counted_in_all_and_the_next_page_is_asked_by_its_token()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _services.Answer(new ListLeaveReply { Leave = { Leave("l1", "jiangpu-s022", "2027-01-11", "2027-01-12", LeaveStatus.Approved) }, NextPageToken = "leave-2", TotalSize = 45 });
        var page = Render<HrLeave>();
        page.WaitForAssertion(() => Assert.Contains("请假记录 45 条", page.Find("[data-test=all-leave] caption").TextContent, StringComparison.Ordinal));

        page.Find("[data-test=all-leave-section] [data-test=page-next]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=all-leave-section] [data-test=page-number]").TextContent));
        Assert.Equal("第 1 页", page.Find("[data-test=my-leave-section] [data-test=page-number]").TextContent);
        var centre = _services.Sent.OfType<ListLeaveRequest>().Where(r => r.StaffId is null).ToList();
        Assert.Equal(["", "leave-2"], centre.Select(r => r.PageToken));
        Assert.All(centre, r => Assert.Equal(20, r.PageSize));
        Assert.All(_services.Sent.OfType<ListLeaveRequest>().Where(r => r.StaffId is not null), r => Assert.Equal(string.Empty, r.PageToken));
    }

    [Fact]
    public void A_clerk_asks_for_their_own_leave_and_the_form_empties()
    {
        SignIn("jiangpu-s004", "clerk");
        var page = Render<HrLeave>();
        page.WaitForAssertion(() => page.Find("[data-test=my-leave-none]"));
        Assert.Empty(page.FindAll("#leave-staff"));
        Assert.Empty(page.FindAll("[data-test=all-leave]"));
        Assert.True(page.Find("[data-test=request-leave]").HasAttribute("disabled"));

        page.Find("#leave-from").Change("2027-02-01");
        page.Find("#leave-to").Change("2027-02-03");
        page.Find("#leave-kind").Change(nameof(LeaveKind.Personal));
        page.Find("#leave-reason").Change("家中有事");
        page.Find("[data-test=request-leave]").Click();

        page.WaitForAssertion(() => Assert.Contains("已提交 2027-02-01 至 2027-02-03", page.Find("[data-test=leave-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_services.Sent.OfType<RequestLeaveRequest>());
        Assert.Null(sent.StaffId);
        Assert.Equal(LeaveKind.Personal, sent.Kind);
        Assert.Equal("家中有事", sent.Reason);
        Assert.True(page.Find("[data-test=request-leave]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_hr_administrator_may_ask_for_a_colleagues_leave()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<HrLeave>();
        page.WaitForAssertion(() => page.Find("#leave-staff"));

        page.Find("#leave-staff").Change("jiangpu-s022");
        page.Find("#leave-from").Change("2027-02-01");
        page.Find("#leave-to").Change("2027-02-01");
        page.Find("[data-test=request-leave]").Click();

        page.WaitForAssertion(() => Assert.Equal("jiangpu-s022", Assert.Single(_services.Sent.OfType<RequestLeaveRequest>()).StaffId));
    }

    [Fact]
    public void District_staff_are_told_leave_is_a_centres_and_nothing_is_read()
    {
        AddAuthorization().SetAuthorized("yangpu-hr").SetRoles("hr-admin").SetClaims(new Claim("sub", "yangpu-hr"));

        var page = Render<HrLeave>();

        page.WaitForAssertion(() => page.Find("[data-test=leave-no-centre]"));
        Assert.Empty(_services.Sent);
    }

    private void AnswerLeave(params LeaveRequest[] leave) => _services.Answer(new ListLeaveReply { Leave = { leave }, TotalSize = leave.Length });

    private static LeaveRequest Leave(string id, string staffId, string from, string to, LeaveStatus status) => new()
    {
        LeaveId = id,
        StaffId = staffId,
        Department = Department.FirstReview,
        From = from,
        To = to,
        Kind = LeaveKind.Annual,
        Status = status,
        RequestedBy = staffId,
    };

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
