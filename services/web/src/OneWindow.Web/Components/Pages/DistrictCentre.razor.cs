using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Dashboard;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One centre's figures for the district admin, as its director sees them on the dashboard: the district admin has no
/// centre of their own and names this one on the call, as the platform asks of district staff.
/// </summary>
public sealed partial class DistrictCentre
{
    private StatisticsPeriod _period;
    private string? _centre;
    private CentreStatistics? _statistics;
    private string? _refusal;

    /// <summary>The centre's code, as the comparison lists it; the service refuses one that is not a centre.</summary>
    [Parameter]
    public string Centre { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = "period")]
    private string? PeriodName { get; set; }

    [Inject]
    private Intake.V1.Statistics.StatisticsClient Statistics { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var period = PeriodSwitch.Parse(PeriodName);
        if (period != _period || Centre != _centre)
        {
            // A chart draws its options once: another period's or centre's figures are never shown under this title.
            _statistics = null;
        }

        _period = period;
        _centre = Centre;
        try
        {
            // A district admin has no centre of their own: the centre is named on the call, as the platform asks.
            var headers = new Metadata { { "X-OneWindow-Centre", Centre } };
            _statistics = await Statistics.GetCentreStatisticsAsync(new GetStatisticsRequest { Period = _period }, headers);
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _statistics = null;
            _refusal = Refusals.Describe(refusal);
        }
    }
}
