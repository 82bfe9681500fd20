using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The desk's rendering, with the queue's answers given by a call invoker that answers as intake would.</summary>
public sealed class DeskTests : BunitContext
{
    private readonly AnsweringInvoker _intake = new();

    public DeskTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBootstrapBlazor();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Queue.QueueClient(_intake));
        Services.AddSingleton(new Residents.ResidentsClient(_intake));
        Services.AddSingleton(new Acceptance.AcceptanceClient(_intake));
        Services.AddSingleton(new Fees.FeesClient(_intake));
        Services.AddSingleton(new OneWindow.PolicyLaw.V1.Catalogue.CatalogueClient(_intake));
        Services.AddTransient<OneWindow.Web.Components.Shared.PageAction>();
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddDataProtection();
        Services.AddScoped<Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage.ProtectedSessionStorage>();
        Services.AddScoped<OneWindow.Web.Components.Desk.AcceptanceDrafts>();
        AddAuthorization().SetAuthorized("jiangpu-s004").SetClaims(new System.Security.Claims.Claim("tenant", "jiangpu"), new System.Security.Claims.Claim(OneWindow.Tenancy.PlatformClaims.Subject, "jiangpu-s004"));
        // A Redis that never answers: the desk's announcements to the hall are best effort, and logged.
        Services.AddSingleton(OneWindow.Redis.RedisConnection.Connect("127.0.0.1:1,connectTimeout=100"));
        Services.AddSingleton<OneWindow.Web.Hall.HallFeed>();
    }

    [Fact]
    public void A_promised_date_reaching_into_a_year_not_loaded_is_shown_as_provisional_in_the_households_files()
    {
        var list = new ApplicationList();
        list.Files.Add(new ApplicationFile { FileId = "f1", FileNumber = "JIANGPU-20261207-A1", ItemCode = "dibao", Status = FileStatus.Accepted, AcceptedAt = "2026-12-07T02:00:00Z", StatutoryDeadline = "2027-01-18T15:59:59Z", DeadlineProvisional = true });
        list.Files.Add(new ApplicationFile { FileId = "f2", FileNumber = "JIANGPU-20261207-A2", ItemCode = "dibao-review", Status = FileStatus.Accepted, AcceptedAt = "2026-12-07T02:00:00Z", StatutoryDeadline = "2026-12-28T15:59:59Z" });
        _intake.Answer(list);

        var files = Render<OneWindow.Web.Components.Desk.HouseholdFiles>(parameters => parameters.Add(f => f.Household, new Household { HouseholdId = "h1" }));

        files.WaitForAssertion(() => Assert.Equal(2, files.FindAll("[data-test=files] tbody tr").Count));
        var rows = files.FindAll("[data-test=files] tbody tr");
        Assert.Contains("2027年1月18日", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("暂定", rows[0].QuerySelector("[data-test=deadline-provisional]")?.TextContent);
        Assert.Null(rows[1].QuerySelector("[data-test=deadline-provisional]"));
    }

    [Fact]
    public void A_queue_above_the_target_is_shown_in_red_with_the_waiting_and_open_windows()
    {
        _intake.Answer(new QueueState { Waiting = 12, OpenWindows = 3, AboveTarget = true, AverageWaitSeconds = 600 });

        var desk = Render<Desk>();

        var summary = desk.Find("[data-test=queue-summary]");
        Assert.Contains("text-danger", summary.ClassList);
        Assert.Contains("等候 12 人，开放窗口 3 个，平均等候 10 分钟", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("超过每窗口平均等候 3 人的目标", summary.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_is_not_offered_before_the_clerk_has_opened_a_window()
    {
        _intake.Answer(new QueueState { Waiting = 2, OpenWindows = 1 });

        var desk = Render<Desk>();

        Assert.True(desk.FindAll("button").Single(button => button.TextContent.StartsWith("叫号", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Fact]
    public void A_second_click_on_call_next_after_the_first_call_has_answered_calls_nobody_else()
    {
        var hall = new OneWindow.Intake.V1.Hall();
        hall.Windows.Add(new HallWindow { Number = "03", Type = WindowType.Comprehensive, Open = true, ClerkStaffId = "jiangpu-s004" });
        _intake.Answer(hall);
        _intake.Answer(new QueueState { Waiting = 2, OpenWindows = 1 });
        _intake.Answer(new Ticket { TicketId = "t1", Number = "A001", Status = TicketStatus.Called, Window = "03" });
        var desk = Render<Desk>();
        var callNext = () => desk.FindAll("button").Single(button => button.TextContent.StartsWith("叫号", StringComparison.Ordinal));

        callNext().Click();
        desk.WaitForAssertion(() => Assert.Contains("A001", desk.Find("[data-test=ticket]").TextContent, StringComparison.Ordinal));
        callNext().Click();

        Assert.Single(_intake.Sent.OfType<CallNextRequest>());
        Assert.True(callNext().HasAttribute("disabled"));
        Assert.Empty(desk.FindAll("[data-test=refusal]"));
    }

    [Fact]
    public void A_refused_window_shows_the_refusal_in_chinese_and_leaves_the_window_closed()
    {
        _intake.Answer(new QueueState());
        var desk = Render<Desk>();
        _intake.Refuse(new Google.Rpc.Status { Code = (int)StatusCode.FailedPrecondition, Message = "Window 3 is open by jiangpu-s005.", Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "window-taken", Domain = "onewindow" }) } });

        desk.Find("#window-number").Change("3");
        desk.FindAll("button").Single(button => button.TextContent == "开窗").Click();

        desk.WaitForAssertion(() => Assert.Equal("该窗口已由其他工作人员开窗。", desk.Find("[data-test=refusal]").TextContent));
        Assert.Empty(desk.FindAll("[data-test=window-state]"));
    }
}
