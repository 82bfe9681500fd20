using Bunit;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The district admin's register of centres: a new centre registered, an entry changed or a centre closed with a reason.</summary>
public sealed class DistrictCentresTests : BunitContext
{
    private readonly AnsweringInvoker _intake = new();

    public DistrictCentresTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new Centres.CentresClient(_intake));
        AddAuthorization().SetAuthorized("yangpu-admin").SetRoles("district-admin");
        _intake.Answer(new ListCentresReply { Centres = { Jiangpu() } });
    }

    [Fact]
    public void The_register_lists_each_centre_with_its_hours_windows_and_whether_it_is_open()
    {
        var page = Render<DistrictCentres>();

        var row = page.Find("[data-test=register-row][data-centre=jiangpu]");
        Assert.Contains("江浦路街道社区事务受理服务中心", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("08:30-17:00", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("在用", row.QuerySelector("[data-test=register-state]")!.TextContent);
    }

    [Fact]
    public void A_new_centre_is_registered_with_the_windows_and_grids_typed_and_the_register_shows_it()
    {
        var registered = Centre("wujiaochang", "五角场街道社区事务受理服务中心", open: true, version: 1);
        _intake.Answer(registered);
        _intake.Answer(new ListCentresReply { Centres = { Jiangpu(), registered } });
        var page = Render<DistrictCentres>();

        page.Find("#centre-code").Change("wujiaochang");
        page.Find("#centre-name").Change("五角场街道社区事务受理服务中心");
        page.Find("#centre-address").Change("杨浦区国和路100号");
        page.Find("#centre-phone").Change("021-65430099");
        page.Find("[data-test=add-window]").Click();
        page.Find("[data-test=add-grid]").Click();
        page.Find("[aria-label='第 1 个网格的代码']").Change("WJC-G01");
        page.Find("[aria-label='第 1 个网格的名称']").Change("五角场第1网格");
        page.Find("form").Submit();

        var sent = Assert.Single(_intake.Sent.OfType<RegisterCentreRequest>());
        Assert.Equal("wujiaochang", sent.Code);
        Assert.Equal("08:30-17:00", sent.Details.OpeningHours);
        Assert.Equal(["01", "02", "03"], sent.Details.Windows.Select(w => w.Number));
        Assert.Equal(WindowType.Payment, sent.Details.Windows[1].Type);
        Assert.Equal("WJC-G01", Assert.Single(sent.Details.Grids).Code);
        page.WaitForAssertion(() => Assert.Contains("已登记中心 wujiaochang", page.Find("[data-test=centre-done]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-test=register-row][data-centre=wujiaochang]"));
    }

    [Fact]
    public void Closing_a_centre_sends_the_reason_and_the_register_shows_it_closed()
    {
        var closed = Centre("jiangpu", "江浦路街道社区事务受理服务中心", open: false, version: 2);
        _intake.AnswerFrom<IMessage, Centre>(request => request is ChangeCentreRequest ? closed : Jiangpu());
        _intake.Answer(new ListCentresReply { Centres = { closed } });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/district/register/jiangpu");
        var page = Render<DistrictCentres>(parameters => parameters.Add(p => p.Code, "jiangpu"));

        page.Find("#centre-open").Change(false);
        page.Find("#centre-reason").Change("并入五角场中心");
        page.Find("form").Submit();

        var sent = Assert.Single(_intake.Sent.OfType<ChangeCentreRequest>());
        Assert.False(sent.Open);
        Assert.Equal("并入五角场中心", sent.Reason);
        Assert.Equal(["01", "02"], sent.Details.Windows.Select(w => w.Number));
        page.WaitForAssertion(() => Assert.Equal("已停用", page.Find("[data-test=register-state]").TextContent));
    }

    [Fact]
    public void A_centres_own_waiting_targets_are_kept_when_its_entry_is_changed_and_can_be_set_back_to_the_districts()
    {
        var jiangpu = Jiangpu();
        jiangpu.Details.WaitingTargets = new WaitingTargets { AverageWaiting = 2, ServiceLevel = 0.9, CalledWithinMinutes = 8 };
        _intake.AnswerFrom<IMessage, Centre>(_ => jiangpu);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/district/register/jiangpu");
        var page = Render<DistrictCentres>(parameters => parameters.Add(p => p.Code, "jiangpu"));

        page.WaitForAssertion(() => Assert.Equal("90", page.Find("#centre-target-level").GetAttribute("value")));
        page.Find("#centre-phone").Change("021-65430002");
        page.Find("#centre-reason").Change("更换电话");
        page.Find("form").Submit();
        page.Find("#centre-own-targets").Change(false);
        page.Find("form").Submit();

        var sent = _intake.Sent.OfType<ChangeCentreRequest>().ToList();
        Assert.Equal((2.0, 0.9, 8), (sent[0].Details.WaitingTargets.AverageWaiting, sent[0].Details.WaitingTargets.ServiceLevel, sent[0].Details.WaitingTargets.CalledWithinMinutes));
        Assert.Null(sent[1].Details.WaitingTargets);
    }

    [Fact]
    public void A_taken_code_is_refused_in_words_and_the_form_keeps_what_was_typed()
    {
        var page = Render<DistrictCentres>();
        _intake.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.AlreadyExists,
            Message = "The centre code 'jiangpu' is taken.",
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "centre-code-taken", Domain = "onewindow" }) },
        });

        page.Find("#centre-code").Change("jiangpu");
        page.Find("#centre-name").Change("重复的中心");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.NotEmpty(page.Find("[data-test=centre-refusal]").TextContent));
        Assert.DoesNotContain("Exception", page.Find("[data-test=centre-refusal]").TextContent, StringComparison.Ordinal);
        Assert.Equal("重复的中心", page.Find("#centre-name").GetAttribute("value"));
    }

    private static Centre Jiangpu() => Centre("jiangpu", "江浦路街道社区事务受理服务中心", open: true, version: 1);

    private static Centre Centre(string code, string name, bool open, int version) => new()
    {
        Code = code,
        Version = version,
        Open = open,
        Details = new CentreDetails
        {
            Name = name,
            Address = "杨浦区江浦路1515号",
            Phone = "021-65430001",
            OpeningHours = "08:30-17:00",
            Windows = { new CentreWindow { Number = "01", Type = WindowType.Comprehensive }, new CentreWindow { Number = "02", Type = WindowType.Payment } },
            Grids = { new CentreGrid { Code = "JP-G01", Name = "江浦路第1网格" } },
        },
    };
}
