using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 资金发放台账: the centre's ledger by household and month, a page at a time in the order entered, with the balance of
/// the whole (payments less reversals, so what was really owed); a policy officer reverses a wrong payment with a reason.
/// </summary>
public sealed partial class DisbursementLedger
{
    private const int PageSize = 50;

    private readonly PagedList<LedgerEntry> _ledger;
    private string _balance = "0";
    private int _total;
    private IReadOnlyList<ServiceGuide> _guides = [];
    private bool _officer;
    private string? _household;
    private string? _period;

    public DisbursementLedger() =>
        _ledger = new(async token =>
        {
            var ledger = await Disbursement.ListLedgerAsync(new ListLedgerRequest
            {
                HouseholdId = string.IsNullOrWhiteSpace(_household) ? null : _household.Trim(),
                Period = string.IsNullOrWhiteSpace(_period) ? null : _period,
                PageSize = PageSize,
                PageToken = token,
            });
            (_balance, _total) = (ledger.Balance, ledger.TotalSize);
            return (ledger.Entries, ledger.NextPageToken);
        });

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

    /// <summary>A new search starts at the first page.</summary>
    private Task SearchAsync() => Action.RunAsync(_ledger.FirstAsync);

    /// <summary>A reversal is entered at the end: the page shown is read again, its balance with it.</summary>
    private Task ReversedAsync() => Action.RunAsync(_ledger.ReadAsync);
}
