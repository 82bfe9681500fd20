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
/// 工资核算: the centre's payroll runs, newest month first; the HR administrator prepares a month here. Preparing is one
/// call that hr-payroll computes and commits in one transaction (a half-computed run is never stored, so there is no
/// partial count to poll): while it runs the page says what is being computed and for how many people, and offers
/// nothing else to click; when it returns, the run opens with its payslips and the steps still ahead of it. The runs are
/// read a page at a time (docs/adr/0021).
/// </summary>
public sealed partial class PayrollRuns
{
    private const int PageSize = 20;
    private readonly PageTokens _pages = new();
    private ListRunsReply? _runs;
    private bool _hrAdmin;
    private bool _mustNameCentre;
    private string? _centre;
    private string? _month;
    private string _thisMonth = string.Empty;
    private string? _computing;
    private int? _headcount;

    /// <summary>The centre a district HR administrator acts on (<c>?centre=jiangpu</c>); ignored for centre staff.</summary>
    [SupplyParameterFromQuery(Name = "centre")]
    private string? CentreName { get; set; }

    [Inject]
    private Payroll.PayrollClient Payroll { get; set; } = null!;

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

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
            _pages.Restart();
            await Action.RunAsync(ReadAsync);
        }
    }

    private async Task ReadAsync()
    {
        _runs = await Payroll.ListRunsAsync(new ListRunsRequest { PageSize = PageSize, PageToken = _pages.Current }, NamedCentre.Options(_centre));
        _pages.Next = _runs.NextPageToken;
    }

    private Task NextPageAsync()
    {
        _pages.Forward();
        return Action.RunAsync(ReadAsync);
    }

    private Task PreviousPageAsync()
    {
        _pages.Back();
        return Action.RunAsync(ReadAsync);
    }

    private void ChooseMonth(ChangeEventArgs change) => _month = change.Value?.ToString();

    private async Task PrepareAsync()
    {
        if (!MonthChosen || Action.Busy)
        {
            return;
        }

        var month = _month!;
        PayrollRun? prepared = null;
        _computing = month;
        _headcount = null;
        try
        {
            await Action.RunAsync(async () =>
            {
                // The people the run will pay, as hr-payroll picks them: on staff some day of the month, devices' posts aside.
                var staff = (await Staff.ListStaffAsync(new ListStaffRequest(), NamedCentre.Options(_centre))).Staff;
                _headcount = staff.Count(s => PaidIn(s, month));
                StateHasChanged();
                prepared = await Payroll.PrepareRunAsync(new PrepareRunRequest { Month = month }, NamedCentre.Options(_centre));
            });
        }
        finally
        {
            _computing = null;
        }

        if (prepared is not null)
        {
            Navigation.NavigateTo($"/hr/payroll/{prepared.RunId}{NamedCentre.Query(_centre)}");
        }
    }

    private static bool PaidIn(StaffMember member, string month) =>
        string.CompareOrdinal(member.HiredOn, month + "-31") <= 0
        && (member.LastDay is null || string.CompareOrdinal(member.LastDay, month + "-01") >= 0)
        && member.Roles is not [PlatformRoles.Device];
}
