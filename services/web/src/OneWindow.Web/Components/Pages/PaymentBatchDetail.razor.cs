using System.Text;
using BootstrapBlazor.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Disbursement;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One payment batch: its entries (each payee masked, the bank's word on each) and totals, the bank file's control totals
/// and the payments it pays again after the bank returned them; the director approves it (never whoever prepared it, who
/// is told so before trying); a policy officer downloads the bank file and settles the batch from the bank's return
/// file, seeing how many were paid and how many failed; a payment is corrected by reversing it with a reason.
/// </summary>
public sealed partial class PaymentBatchDetail
{
    /// <summary>The bank's return file is small text: one line per payment (policy-law takes at most 512 KB).</summary>
    private const long MostReturnFileBytes = 512 * 1024;

    private PaymentBatch? _batch;
    private const int PageSize = 50;

    private readonly PagedList<LedgerEntry> _entries;
    private string _balance = "0";
    private int _total;
    private IReadOnlyList<ServiceGuide> _guides = [];
    private string? _me;
    private bool _officer;
    private bool _director;
    private bool _returnTooLarge;

    public PaymentBatchDetail() =>
        _entries = new(async token =>
        {
            var ledger = await Disbursement.ListLedgerAsync(new ListLedgerRequest { BatchId = BatchId, PageSize = PageSize, PageToken = token });
            (_balance, _total) = (ledger.Balance, ledger.TotalSize);
            return (ledger.Entries, ledger.NextPageToken);
        });

    [Parameter]
    public string BatchId { get; set; } = string.Empty;

    [Inject]
    private PolicyLaw.V1.Disbursement.DisbursementClient Disbursement { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private DownloadService Downloads { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _me = user.Subject();
        _officer = user.IsInRole(PlatformRoles.PolicyOfficer);
        _director = user.IsInRole(PlatformRoles.Director);
        await Action.RunAsync(async () =>
        {
            await ReadAsync();
            _guides = await Catalogue.GuidesAsync();
        });
    }

    /// <summary>A reversal changes the batch's totals and is entered at the end: the batch and the page shown are read again.</summary>
    private Task ReversedAsync() => Action.RunAsync(async () =>
    {
        _batch = await Disbursement.GetBatchAsync(new GetBatchRequest { BatchId = BatchId });
        await _entries.ReadAsync();
    });

    /// <summary>The batch, and its entries from the first page: after a decision or a settlement their state has changed.</summary>
    private async Task ReadAsync()
    {
        _batch = await Disbursement.GetBatchAsync(new GetBatchRequest { BatchId = BatchId });
        await _entries.FirstAsync();
    }

    /// <summary>Payments of the batch the bank file could not carry for want of a payee (reversals by an officer before the file was taken aside).</summary>
    private int LeftOut(int sent) => _batch is null || _batch.Status == BatchDuties.Settled ? 0 : _batch.EntryCount - sent;

    private string ItemName(string code) => _guides.FirstOrDefault(g => g.Code == code)?.Name ?? code;

    private async Task ApproveAsync()
    {
        // A second click that reaches the circuit after the approval came back finds the batch approved and does nothing.
        if (_batch is null || !BatchDuties.CanApprove(_batch, _me, _director))
        {
            return;
        }

        await Action.RunAsync(async () => _batch = await Disbursement.ApproveBatchAsync(new GetBatchRequest { BatchId = BatchId }), T["BatchApproved"]);
    }

    private async Task ExportAsync()
    {
        if (_batch is null || !BatchDuties.CanExport(_batch, _officer))
        {
            return;
        }

        await Action.RunAsync(async () =>
        {
            var file = await Disbursement.ExportBatchAsync(new GetBatchRequest { BatchId = BatchId });
            await Downloads.DownloadFromByteArrayAsync(file.FileName, Encoding.UTF8.GetBytes(file.Content));
            await ReadAsync();
        }, T["BatchExported"]);
    }

    private async Task SettleAsync(InputFileChangeEventArgs picked)
    {
        if (_batch is null || !BatchDuties.CanSettle(_batch, _officer))
        {
            return;
        }

        _returnTooLarge = picked.File.Size > MostReturnFileBytes;
        if (_returnTooLarge)
        {
            return;
        }

        using var reader = new StreamReader(picked.File.OpenReadStream(MostReturnFileBytes), Encoding.UTF8);
        var content = await reader.ReadToEndAsync();
        await Action.RunAsync(
            async () =>
            {
                _batch = await Disbursement.ImportBankReturnAsync(new ImportBankReturnRequest { BatchId = BatchId, Content = content });
                await ReadAsync();
            },
            T["BatchSettled"]);
    }
}
