using Microsoft.AspNetCore.Components;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Disbursement;

/// <summary>
/// Lines of the disbursement ledger (资金发放台账); a policy officer corrects a payment by reversing it with a reason —
/// the ledger is never edited, and an entry is reversed once.
/// </summary>
public sealed partial class LedgerTable
{
    private string? _reversing;
    private string? _reason;

    [Parameter, EditorRequired]
    public IReadOnlyList<LedgerEntry> Entries { get; set; } = [];

    [Parameter, EditorRequired]
    public string Caption { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public Func<string, string> ItemName { get; set; } = code => code;

    [Parameter]
    public bool CanReverse { get; set; }

    /// <summary>What the lines are (资金发放台账) when the page offers them as a spreadsheet; no export otherwise.</summary>
    [Parameter]
    public string? ExportTitle { get; set; }

    /// <summary>With <see cref="ExportTitle"/>: every line with the page's filters, all its pages, for the workbook.</summary>
    [Parameter]
    public Func<Task<List<LedgerEntry>>>? EveryEntry { get; set; }

    /// <summary>After a reversal, so the page reads its ledger (and the batch's totals) again.</summary>
    [Parameter]
    public EventCallback Reversed { get; set; }

    [Inject]
    private PolicyLaw.V1.Disbursement.DisbursementClient Disbursement { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    private bool Reversible(LedgerEntry entry) =>
        entry.Kind == "payment" && !Entries.Any(other => other.Reverses == entry.EntryId);

    /// <summary>Who a payment goes to, masked as the service gives it (王** ***************0128).</summary>
    private string? Payee(LedgerEntry entry) =>
        entry.PayeeAccount is null ? null : T["PayeeMasked", entry.PayeeName ?? string.Empty, entry.PayeeAccount].Value;

    /// <summary>The bank's word from its return file: paid, or not with its reason.</summary>
    private string? BankResult(LedgerEntry entry) => entry.BankResult switch
    {
        "paid" => T["LedgerPaidYes"].Value,
        "failed" => T["LedgerBankFailed", entry.BankNote ?? entry.BankReference ?? string.Empty].Value,
        _ => null,
    };

    /// <summary>A reversal's reason; a payment made again after the bank returned it; for a payment at another amount than the rule's, the rule's amount and why.</summary>
    private string? Note(LedgerEntry entry) =>
        entry.Reason
        ?? (entry.RetryOf is not null ? T["LedgerRetry"].Value : null)
        ?? (entry.AmountReason is null ? null
            : entry.RuleAmount is { } byRule ? T["LedgerOverride", Yuan.Of(byRule), entry.AmountReason].Value
            : T["LedgerStatedAmount", entry.AmountReason].Value);

    /// <summary>Every line with the page's filters (not only the page shown), each amount a number in 元.</summary>
    private async Task<Spreadsheet> SheetAsync()
    {
        var sheet = new Spreadsheet(
            ExportTitle!,
            T["LedgerHousehold"], T["LedgerItem"], T["LedgerPeriod"], T["LedgerKind"], T["LedgerAmount"], T["LedgerPayee"], T["LedgerPaid"], T["LedgerNote"]);
        foreach (var entry in EveryEntry is null ? Entries : await EveryEntry())
        {
            sheet.Add(
                entry.HouseholdId,
                ItemName(entry.ItemCode),
                entry.Period,
                T["LedgerKind_" + entry.Kind].Value,
                SpreadsheetCell.Amount(entry.Amount),
                Payee(entry) ?? string.Empty,
                BankResult(entry) ?? string.Empty,
                Note(entry));
        }

        return sheet;
    }

    private void Open(LedgerEntry entry)
    {
        _reversing = entry.EntryId;
        _reason = null;
    }

    private void Close() => _reversing = null;

    private async Task ReverseAsync(LedgerEntry entry)
    {
        // A second click after the reversal came back finds the form closed and does nothing.
        if (_reversing != entry.EntryId || string.IsNullOrWhiteSpace(_reason))
        {
            return;
        }

        var reason = _reason.Trim();
        if (await Action.RunAsync(() => Disbursement.ReverseEntryAsync(new ReverseEntryRequest { EntryId = entry.EntryId, Reason = reason }).ResponseAsync, T["LedgerReversed"]))
        {
            _reversing = null;
            _reason = null;
            await Reversed.InvokeAsync();
        }
    }
}
