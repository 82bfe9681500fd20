using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>一街一策: the director's settings of the centre's items, saved one item at a time.</summary>
public sealed class CentreItemsTests : BunitContext
{
    private readonly AnsweringInvoker _policyLaw = new();

    public CentreItemsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new PolicyLaw.V1.Catalogue.CatalogueClient(_policyLaw));
        AddAuthorization().SetAuthorized("jiangpu-s001").SetRoles("director").SetClaims(new Claim("tenant", "jiangpu"));
        _policyLaw.Answer(new ListItemsReply
        {
            Items =
            {
                new ServiceItem { Code = "veteran-registration", Name = "退役军人信息登记", Category = "退役军人", Enabled = true, Terms = new ItemTerms { SupervisorStaffId = "jiangpu-s020" } },
                new ServiceItem { Code = "dibao", Name = "最低生活保障申请", Category = "社会救助", Enabled = false, LocalNote = "暂停受理", CentreSupervisorStaffId = "jiangpu-s021" },
            },
        });
    }

    [Fact]
    public void Each_item_shows_the_centres_setting_and_the_district_supervisor_when_the_centre_names_none()
    {
        var page = Render<CentreItems>();

        var veteran = page.Find("[data-test=centre-item][data-item=veteran-registration]");
        Assert.Equal("jiangpu-s020", veteran.QuerySelector("[placeholder]")!.GetAttribute("placeholder"));
        var dibao = page.Find("[data-test=centre-item][data-item=dibao]");
        Assert.Contains("table-secondary", dibao.ClassName, StringComparison.Ordinal);
        Assert.Contains("本中心暂不办理 1 项", page.Find("caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_an_item_sends_whether_it_is_offered_the_note_and_the_supervisor()
    {
        var page = Render<CentreItems>();
        var row = page.Find("[data-test=centre-item][data-item=veteran-registration]");

        row.QuerySelector("input[type=checkbox]")!.Change(false);
        page.Find("[aria-label='退役军人信息登记的本地说明']").Change("请到区退役军人事务局办理");
        page.Find("[aria-label='退役军人信息登记的业务主管工号']").Change("jiangpu-s022");
        page.Find("[data-test=centre-item][data-item=veteran-registration] [data-test=save-setting]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<SetCentreItemSettingRequest>());
        Assert.Equal(("veteran-registration", false, "请到区退役军人事务局办理", "jiangpu-s022"), (sent.ItemCode, sent.Enabled, sent.LocalNote, sent.SupervisorStaffId));
        page.WaitForAssertion(() => Assert.Contains("已保存：退役军人信息登记", page.Find("[data-test=setting-done]").TextContent, StringComparison.Ordinal));
    }
}
