using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The district's centres side by side: the period named in the address, and its chart never another period's.</summary>
public sealed class DistrictTests : BunitContext
{
    private readonly AnsweringInvoker _answers = new();
    private readonly HoldingInvoker _intake;

    public DistrictTests()
    {
        _intake = new HoldingInvoker(_answers, "CompareCentres");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Intake.V1.Statistics.StatisticsClient(_intake));
        AddAuthorization().SetAuthorized("yangpu-admin").SetRoles("district-admin").SetClaims(new Claim("district", "yangpu"));
    }

    [Fact]
    public async Task While_the_months_figures_are_read_the_days_chart_is_no_longer_shown()
    {
        _intake.Release(Comparison(StatisticsPeriod.Day, "2026年12月6日"));
        var page = Render<District>();
        await page.WaitForAssertionAsync(() => Assert.Single(page.FindAll("[data-test=chart-centres]")));

        Services.GetRequiredService<NavigationManager>().NavigateTo("/district?period=month");

        await page.WaitForAssertionAsync(() => Assert.Equal(StatisticsPeriod.Month, _answers.Sent.OfType<GetStatisticsRequest>().Last().Period));
        Assert.Empty(page.FindAll("[data-test=chart-centres]"));
        Assert.Empty(page.FindAll("[data-test=comparison-title]"));
    }

    private static CentreComparison Comparison(StatisticsPeriod period, string title) => new()
    {
        Period = period,
        Title = title,
        Centres = { new CentreRow { Centre = "jiangpu" } },
        District = new CentreRow { Centre = "yangpu" },
    };
}
