using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 资金发放台账: the centre's ledger by household and month with its balance (payments less reversals, so what was really
/// owed); a policy officer reverses a wrong payment with a reason.
/// </summary>
public sealed partial class DisbursementLedger
{
    private List<LedgerEntry>? _entries;
    private string _balance = "0";
    private IReadOnlyList<ServiceGuide> _guides = [];
    private bool _officer;
    private string? _household;
    private string? _period;

    /// <summary>A household's ledger by link (<c>?household=…</c>), as the schedules page gives it.</summary>
    [SupplyParameterFromQuery(Name = "household")]
    private string? HouseholdQuery { get; set; }

    [Inject]
    private PolicyLaw.V1.Disbursement.DisbursementClient Disbursement { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _officer = (await Authentication.GetAuthenticationStateAsync()).User.IsInRole(PlatformRoles.PolicyOfficer);
        _household = HouseholdQuery;
        await Action.RunAsync(async () => _guides = await Catalogue.GuidesAsync());
        await SearchAsync();
    }

    private string ItemName(string code) => _guides.FirstOrDefault(g => g.Code == code)?.Name ?? code;

    private Task SearchAsync() => Action.RunAsync(async () =>
    {
        var ledger = await Disbursement.ListLedgerAsync(new ListLedgerRequest
        {
            HouseholdId = string.IsNullOrWhiteSpace(_household) ? null : _household.Trim(),
            Period = string.IsNullOrWhiteSpace(_period) ? null : _period,
        });
        _entries = [.. ledger.Entries];
        _balance = ledger.Balance;
    });
}
