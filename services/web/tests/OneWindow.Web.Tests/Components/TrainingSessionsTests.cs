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

/// <summary>业务培训: each item's coverage and who is not yet trained; only a policy officer records a training.</summary>
public sealed class TrainingSessionsTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();

    public TrainingSessionsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new Knowledge.KnowledgeClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        _policyLaw.Answer(new ListItemsReply
        {
            Items =
            {
                new ServiceItem { Code = "dibao", Name = "最低生活保障申请", Category = "社会救助" },
                new ServiceItem { Code = "elderly-allowance", Name = "高龄老人营养补贴", Category = "养老服务" },
            },
        });
        _policyLaw.Answer(new ListTrainingsReply
        {
            Sessions =
            {
                new TrainingSession { SessionId = "s1", Title = "低保政策口径统一培训", HeldOn = "2026-12-01", ItemCodes = { "dibao" }, AttendeeStaffIds = { "jiangpu-s004", "jiangpu-s022" }, Trainer = "jiangpu-s031" },
            },
            TotalSize = 1,
        });
        _policyLaw.Answer(new SummarizeTrainingCoverageReply { Items = { new ItemTrainingCoverage { ItemCode = "dibao", Sessions = 1, Trained = 2 } } });
    }

    [Fact]
    public void An_item_nobody_was_trained_on_stands_out_and_its_people_show_who_is_not_yet_trained()
    {
        SignIn("jiangpu-s001", "director");
        _policyLaw.Answer(new TrainingCoverageReply { ItemCode = "dibao", Sessions = 1, TrainedStaffIds = { "jiangpu-s004" }, NotYetTrainedStaffIds = { "jiangpu-s022" } });
        var page = Render<TrainingSessions>();

        Assert.Contains("table-warning", page.Find("[data-test=coverage-item][data-item=elderly-allowance]").ClassName, StringComparison.Ordinal);
        Assert.Contains("尚未培训的事项 1 项", page.Find("[data-test=coverage] caption").TextContent, StringComparison.Ordinal);
        page.Find("[data-test=coverage-item][data-item=dibao] [data-test=show-coverage]").Click();

        page.WaitForAssertion(() => Assert.Contains("jiangpu-s022", page.Find("[data-test=not-yet-trained]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("jiangpu-s004", page.Find("[data-test=not-yet-trained]").TextContent, StringComparison.Ordinal);
        Assert.Equal("dibao", Assert.Single(_policyLaw.Sent.OfType<TrainingCoverageRequest>()).ItemCode);
        Assert.Empty(page.FindAll("[data-test=training-record]"));
    }

    [Fact]
    public void An_officer_records_a_training_with_its_items_and_each_attendee_once()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<TrainingSessions>();

        page.Find("#training-title").Input("高龄津贴申请口径培训");
        page.Find("#training-item-elderly-allowance").Change(true);
        page.Find("#training-attendees").Input("jiangpu-s004、jiangpu-s022，jiangpu-s004 jiangpu-s036");
        var recorded = new TrainingSession { SessionId = "s2", Title = "高龄津贴申请口径培训", HeldOn = "2026-12-07", ItemCodes = { "elderly-allowance" }, AttendeeStaffIds = { "jiangpu-s004", "jiangpu-s022", "jiangpu-s036" }, Trainer = "jiangpu-s031" };
        _policyLaw.Answer(recorded);
        _policyLaw.Answer(new ListTrainingsReply { Sessions = { recorded }, TotalSize = 2 });
        _policyLaw.Answer(new SummarizeTrainingCoverageReply
        {
            Items = { new ItemTrainingCoverage { ItemCode = "dibao", Sessions = 1, Trained = 2 }, new ItemTrainingCoverage { ItemCode = "elderly-allowance", Sessions = 1, Trained = 3 } },
        });
        page.Find("[data-test=record-training]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<RecordTrainingRequest>());
        Assert.Equal("2026-12-07", sent.HeldOn);
        Assert.Equal(["elderly-allowance"], sent.ItemCodes);
        Assert.Equal(["jiangpu-s004", "jiangpu-s022", "jiangpu-s036"], sent.AttendeeStaffIds);
        page.WaitForAssertion(() => Assert.Contains("已记录培训：高龄津贴申请口径培训", page.Find("[data-test=training-done]").TextContent, StringComparison.Ordinal));
        Assert.Equal("高龄津贴申请口径培训", page.Find("[data-test=session]").Children[1].TextContent);
        Assert.DoesNotContain("table-warning", page.Find("[data-test=coverage-item][data-item=elderly-allowance]").ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(2, _policyLaw.Sent.OfType<SummarizeTrainingCoverageRequest>().Count());
        Assert.Equal("", page.Find("#training-title").GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public void Each_items_coverage_is_policy_laws_count_over_every_session_while_the_sessions_come_a_page_at_a_time()
    {
        SignIn("jiangpu-s001", "director");
        _policyLaw.Answer(new ListTrainingsReply { Sessions = { new TrainingSession { SessionId = "s9", Title = "居住证办理培训", HeldOn = "2026-12-05", ItemCodes = { "elderly-allowance" }, AttendeeStaffIds = { "jiangpu-s004" }, Trainer = "jiangpu-s031" } }, NextPageToken = "sessions-2", TotalSize = 41 });
        _policyLaw.Answer(new SummarizeTrainingCoverageReply { Items = { new ItemTrainingCoverage { ItemCode = "dibao", Sessions = 12, Trained = 30 } } });
        var page = Render<TrainingSessions>();

        Assert.Equal(["最低生活保障申请", "12", "30"], page.Find("[data-test=coverage-item][data-item=dibao]").Children.Take(3).Select(c => c.TextContent));
        Assert.Contains("table-warning", page.Find("[data-test=coverage-item][data-item=elderly-allowance]").ClassName, StringComparison.Ordinal);
        Assert.Contains("共 41 场培训", page.Find("[data-test=sessions] caption").TextContent, StringComparison.Ordinal);
        page.Find("[data-test=page-next]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        Assert.Equal(["", "sessions-2"], _policyLaw.Sent.OfType<ListTrainingsRequest>().Select(r => r.PageToken));
        Assert.Single(_policyLaw.Sent.OfType<SummarizeTrainingCoverageRequest>());
    }

    [Fact]
    public void A_training_dated_after_today_is_refused_in_chinese_and_the_form_is_kept()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<TrainingSessions>();
        page.Find("#training-title").Input("居住证办理培训");
        page.Find("#training-item-dibao").Change(true);
        page.Find("#training-attendees").Input("jiangpu-s004");
        _policyLaw.Refuse(new Google.Rpc.Status { Code = (int)StatusCode.FailedPrecondition, Message = "A training is recorded once it has been held.", Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "training-in-future", Domain = "onewindow" }) } });

        page.Find("[data-test=record-training]").Click();

        page.WaitForAssertion(() => Assert.Equal("培训举办之后才能记录，培训日期不能晚于今天。", page.Find("[data-test=training-refusal]").TextContent));
        Assert.Equal("居住证办理培训", page.Find("#training-title").GetAttribute("value"));
    }

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
