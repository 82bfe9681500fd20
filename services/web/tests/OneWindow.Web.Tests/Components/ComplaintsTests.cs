using System.Security.Claims;
using Bunit;
using ClosedXML.Excel;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>Complaint handling: the open ones listed, the reply sent as written, one's own complaint left to another.</summary>
public sealed class ComplaintsTests : BunitContext
{
    private readonly AnsweringInvoker _intake = new();

    public ComplaintsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new Satisfaction.SatisfactionClient(_intake));
        AddAuthorization().SetAuthorized("jiangpu-s003").SetRoles("head", "clerk").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s003"));
        _intake.Answer(new ComplaintList
        {
            Open = 2,
            Handled = 5,
            Complaints =
            {
                Open("c1", "jiangpu-s004", "4号窗口的工作人员态度不好。"),
                Open("c2", "jiangpu-s003", "3号窗口让我回去拿户口本。"),
            },
        });
    }

    [Fact]
    public void The_open_complaints_are_asked_for_and_counted()
    {
        var page = Render<Complaints>();

        Assert.Equal(ComplaintStatus.Open, Assert.Single(_intake.Sent.OfType<ListComplaintsRequest>()).Status);
        Assert.Equal(2, page.FindAll("[data-test=complaint]").Count);
        Assert.Contains("待处理 2 件，已办结 5 件", page.Find("[data-test=complaint-counts]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_page_is_asked_with_the_token_intake_gave_and_going_back_asks_for_the_first_again()
    {
        _intake.Answer(new ComplaintList { Open = 60, NextPageToken = "after-c2", Complaints = { Open("c1", "jiangpu-s004", "态度不好。") } });
        var page = Render<Complaints>();
        Assert.True(page.Find("[data-test=page-previous]").HasAttribute("disabled"));

        _intake.Answer(new ComplaintList { Open = 60, Complaints = { Open("c9", "jiangpu-s004", "等太久。") } });
        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        Assert.True(page.Find("[data-test=page-next]").HasAttribute("disabled"));
        page.Find("[data-test=page-previous]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 1 页", page.Find("[data-test=page-number]").TextContent));
        Assert.Equal(["", "after-c2", ""], _intake.Sent.OfType<ListComplaintsRequest>().Select(r => r.PageToken));
    }

    [Fact]
    public void A_complaint_about_the_heads_own_service_is_shown_as_anothers_to_answer_before_any_click()
    {
        var page = Render<Complaints>();

        var own = page.Find("[data-complaint=c2]");
        Assert.Contains("针对您本人的服务", own.QuerySelector("[data-test=complaint-not-yours]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(own.QuerySelector("[data-test=handle]"));
        Assert.NotNull(page.Find("[data-complaint=c1]").QuerySelector("[data-test=handle]"));
    }

    [Fact]
    public void The_reply_is_sent_as_written_and_the_complaint_leaves_the_open_list()
    {
        var page = Render<Complaints>();
        page.Find("[data-complaint=c1] [data-test=reply]").Input("  已与窗口工作人员谈话，向您致歉。 ");
        _intake.Answer(new ComplaintList { Open = 1, Handled = 6, Complaints = { Open("c2", "jiangpu-s003", "3号窗口让我回去拿户口本。") } });

        page.Find("[data-complaint=c1] [data-test=handle]").Click();

        var sent = Assert.Single(_intake.Sent.OfType<HandleComplaintRequest>());
        Assert.Equal(("c1", "已与窗口工作人员谈话，向您致歉。"), (sent.ComplaintId, sent.Reply));
        page.WaitForAssertion(() => Assert.Equal("已答复，投诉办结。", page.Find("[data-test=complaint-done]").TextContent));
        Assert.Empty(page.FindAll("[data-complaint=c1]"));
    }

    [Fact]
    public void A_reply_is_asked_for_before_answering_and_a_refused_one_is_named_in_chinese()
    {
        var page = Render<Complaints>();
        Assert.True(page.Find("[data-complaint=c1] [data-test=handle]").HasAttribute("disabled"));
        page.Find("[data-complaint=c1] [data-test=reply]").Input("好的");
        _intake.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = "reply is the answer given to the resident, 1 to 1000 characters.",
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "invalid-fields", Domain = "onewindow" }),
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest { FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = "reply", Description = "required" } } }),
            },
        });

        page.Find("[data-complaint=c1] [data-test=handle]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("（请检查：给居民的答复）", page.Find("[data-test=complaint-refusal]").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, page.FindAll("[data-test=complaint]").Count);
    }

    [Fact]
    public void The_handled_filter_asks_intake_for_the_handled_complaints()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/complaints?status=handled");

        var page = Render<Complaints>();

        Assert.Equal(ComplaintStatus.Handled, Assert.Single(_intake.Sent.OfType<ListComplaintsRequest>()).Status);
        Assert.Equal("page", page.Find("[data-test=filter-handled]").GetAttribute("aria-current"));
    }

    [Fact]
    public void The_complaints_the_filter_shows_export_one_row_each_with_the_time_in_china()
    {
        var page = Render<Complaints>();

        page.Find("[data-test=export-excel]").Click();

        page.WaitForAssertion(() => Assert.Single(JSInterop.Handed()));
        var (name, content) = JSInterop.Handed()[0];
        Assert.StartsWith("投诉处理（待处理）-", name, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(3, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(new DateTime(2026, 12, 6, 10, 0, 0), sheet.Cell(2, 1).GetDateTime());
        Assert.Equal("4号窗口的工作人员态度不好。", sheet.Cell(2, 5).GetString());
        Assert.Equal("jiangpu-s004", sheet.Cell(2, 6).GetString());
    }

    [Fact]
    public void The_export_holds_every_complaint_the_filter_finds_not_only_the_page_shown()
    {
        _intake.AnswerFrom<ListComplaintsRequest, ComplaintList>(request => request.PageToken == "after-c2"
            ? new ComplaintList { Open = 3, Handled = 5, Complaints = { Open("c3", "jiangpu-s004", "等太久。") } }
            : new ComplaintList
            {
                Open = 3, Handled = 5, NextPageToken = "after-c2",
                Complaints = { Open("c1", "jiangpu-s004", "态度不好。"), Open("c2", "jiangpu-s003", "让我回去拿户口本。") },
            });
        var page = Render<Complaints>();

        page.Find("[data-test=export-excel]").Click();

        page.WaitForAssertion(() => Assert.Single(JSInterop.Handed()));
        using var workbook = new XLWorkbook(new MemoryStream(JSInterop.Handed()[0].Content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["态度不好。", "让我回去拿户口本。", "等太久。"], Enumerable.Range(2, 3).Select(row => sheet.Cell(row, 5).GetString()));
        Assert.Equal(["c1", "c2"], page.FindAll("[data-test=complaint]").Select(c => c.GetAttribute("data-complaint")));
    }

    [Fact]
    public void With_no_complaint_in_the_filter_there_is_nothing_to_export()
    {
        _intake.Answer(new ComplaintList { Open = 0, Handled = 5 });

        var page = Render<Complaints>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=complaints-none]")));
        Assert.Empty(page.FindAll("[data-test=export-excel]"));
    }

    private static Complaint Open(string id, string clerk, string text) => new()
    {
        ComplaintId = id,
        Category = ComplaintCategory.Attitude,
        Source = ComplaintSource.Device,
        Text = text,
        ClerkStaffId = clerk,
        SubmittedAt = "2026-12-06T10:00:00+08:00",
        Status = ComplaintStatus.Open,
    };
}
