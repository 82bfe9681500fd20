using System.Globalization;
using OneWindow.PolicyLaw.Domain.Disbursement;
using LedgerEntry = OneWindow.PolicyLaw.Domain.Disbursement.LedgerEntry;

namespace OneWindow.PolicyLaw.Application.Disbursement;

internal static class DisbursementMapping
{
    public static V1.LedgerEntry ToContract(this LedgerEntry entry, PaymentRecord? bank) => new()
    {
        EntryId = entry.Id.ToString(),
        HouseholdId = entry.HouseholdId.ToString(),
        ItemCode = entry.ItemCode,
        Period = entry.Period,
        Kind = entry.Kind.ToString().ToLowerInvariant(),
        Amount = entry.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        Reverses = entry.Reverses?.ToString(),
        BatchId = entry.BatchId?.ToString(),
        Paid = bank?.Paid == true,
        RetryOf = entry.RetryOf?.ToString(),
        BankResult = bank is null ? string.Empty : bank.Paid ? "paid" : "failed",
        BankReference = bank?.BankReference,
        BankNote = bank?.Note,
        Reason = entry.Reason,
        EnteredBy = entry.EnteredBy,
    };
}
