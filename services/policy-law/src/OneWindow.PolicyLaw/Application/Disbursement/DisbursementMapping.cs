using System.Globalization;
using LedgerEntry = OneWindow.PolicyLaw.Domain.Disbursement.LedgerEntry;

namespace OneWindow.PolicyLaw.Application.Disbursement;

internal static class DisbursementMapping
{
    public static V1.LedgerEntry ToContract(this LedgerEntry entry, bool paid) => new()
    {
        EntryId = entry.Id.ToString(),
        HouseholdId = entry.HouseholdId.ToString(),
        ItemCode = entry.ItemCode,
        Period = entry.Period,
        Kind = entry.Kind.ToString().ToLowerInvariant(),
        Amount = entry.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        Reverses = entry.Reverses?.ToString(),
        BatchId = entry.BatchId?.ToString(),
        Paid = paid,
        Reason = entry.Reason,
        EnteredBy = entry.EnteredBy,
    };
}
