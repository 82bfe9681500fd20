using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 工资核算: the centre's payroll runs, newest month first; the HR administrator prepares a month here. hr-payroll answers
/// at once with the run computing and computes its payslips in the background, so the run opens straight away and shows
/// its progress there; a run still computing shows how far it is in this list too, for whoever left and came back. The
/// runs are read a page at a time (docs/adr/0021).
/// </summary>
public sealed partial class PayrollRuns
{
    private const int PageSize = 20;
    private readonly PagedList<PayrollRun> _runs;
    private int _total;
    private bool _hrAdmin;
    private bool _mustNameCentre;
    private string? _centre;
    private string? _month;
    private string _thisMonth = string.Empty;

    public PayrollRuns() =>
        _runs = new(async token =>
        {
            var reply = await Payroll.ListRunsAsync(new ListRunsRequest { PageSize = PageSize, PageToken = token }, NamedCentre.Options(_centre));
            _total = reply.TotalSize;
            return (reply.Runs, reply.NextPageToken);
        });

    /// <summary>The centre a district HR administrator acts on (<c>?centre=jiangpu</c>); ignored for centre staff.</summary>
    [SupplyParameterFromQuery(Name = "centre")]
    private string? CentreName { get; set; }

    [Inject]
    private Payroll.PayrollClient Payroll { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private bool MonthChosen => !string.IsNullOrEmpty(_month);

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _hrAdmin = user.IsInRole(PlatformRoles.HrAdmin);
        _centre = NamedCentre.For(user.Centre(), CentreName);
        _mustNameCentre = user.Centre() is null && _centre is null;
        var today = ChinaTime.Today(Clock);
        _thisMonth = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (!_mustNameCentre)
        {
            // Another centre named starts again at the first page.
            await Action.RunAsync(_runs.FirstAsync);
        }
    }

    private void ChooseMonth(ChangeEventArgs change) => _month = change.Value?.ToString();

    private async Task PrepareAsync()
    {
        if (!MonthChosen || Action.Busy)
        {
            return;
        }

        PayrollRun? prepared = null;
        await Action.RunAsync(async () => prepared = await Payroll.PrepareRunAsync(new PrepareRunRequest { Month = _month! }, NamedCentre.Options(_centre)));
        if (prepared is not null)
        {
            Navigation.NavigateTo($"/hr/payroll/{prepared.RunId}{NamedCentre.Query(_centre)}");
        }
    }
}
