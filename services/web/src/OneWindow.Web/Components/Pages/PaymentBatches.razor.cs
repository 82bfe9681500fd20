using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 资金发放 (政策法规部): the centre's monthly payment batches, newest first, with what each waits for; a policy
/// officer prepares a month's batch (every schedule covering the month that is not paid yet) and goes on to it. Read a
/// page at a time (docs/adr/0021).
/// </summary>
public sealed partial class PaymentBatches
{
    private const int PageSize = 20;

    private readonly PagedList<PaymentBatch> _batches;
    private int _total;
    private bool _officer;
    private string _thisMonth = string.Empty;
    private string? _period;
    private string? _prepared;

    public PaymentBatches() =>
        _batches = new(async token =>
        {
            var reply = await Disbursement.ListBatchesAsync(new ListBatchesRequest { PageSize = PageSize, PageToken = token });
            _total = reply.TotalSize;
            return (reply.Batches, reply.NextPageToken);
        });

    [Inject]
    private PolicyLaw.V1.Disbursement.DisbursementClient Disbursement { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _officer = (await Authentication.GetAuthenticationStateAsync()).User.IsInRole(PlatformRoles.PolicyOfficer);
        _thisMonth = ChinaTime.Today(Clock).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        _period = _thisMonth;
        await Action.RunAsync(_batches.FirstAsync);
    }

    private async Task PrepareAsync()
    {
        // A second click that reaches the circuit after the batch came back (the page is leaving) does nothing.
        if (string.IsNullOrWhiteSpace(_period) || _prepared is not null)
        {
            return;
        }

        if (await Action.RunAsync(async () => _prepared = (await Disbursement.PrepareBatchAsync(new PrepareBatchRequest { Period = _period })).BatchId))
        {
            Navigation.NavigateTo($"/disbursement/batches/{_prepared}");
        }
    }
}
