using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Dashboard;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 全区管理: every centre of the district side by side for a day, week or month as intake counts them, with the
/// district's totals and a chart; each centre's name leads to its own figures.
/// </summary>
public sealed partial class District
{
    private StatisticsPeriod _period;
    private CentreComparison? _comparison;
    private Vizor.ECharts.ChartOptions? _chart;
    private string? _refusal;

    [SupplyParameterFromQuery(Name = "period")]
    private string? PeriodName { get; set; }

    [Inject]
    private Intake.V1.Statistics.StatisticsClient Statistics { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var period = PeriodSwitch.Parse(PeriodName);
        if (period != _period)
        {
            // A chart draws its options once: another period's chart is never shown under this one's title.
            _comparison = null;
            _chart = null;
        }

        _period = period;
        try
        {
            _comparison = await Statistics.CompareCentresAsync(new GetStatisticsRequest { Period = _period });
            _chart = DashboardCharts.Centres(_comparison, T);
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }
}
