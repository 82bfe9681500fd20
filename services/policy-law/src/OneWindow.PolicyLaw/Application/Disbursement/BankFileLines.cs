using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Privacy;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using LedgerEntry = OneWindow.PolicyLaw.Domain.Disbursement.LedgerEntry;
using PaymentBatch = OneWindow.PolicyLaw.Domain.Disbursement.PaymentBatch;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// What a batch's bank file carries (docs/adr/0026): its payments not reversed whose payee was on file when the file
/// was first taken, so every download of it carries the same lines and the bank's return file is matched against them.
/// </summary>
internal static class BankFileLines
{
    public sealed record Line(LedgerEntry Entry, string PayeeName, string Account);

    /// <summary>What the bank file carries (payees in clear, for the bank), the payments it could not carry, and which payments stand reversed.</summary>
    public sealed record Contents(List<Line> Carried, List<LedgerEntry> LeftOut, HashSet<Guid> Reversed);

    public static async Task<Contents> OfAsync(PolicyLawDbContext db, PersonalDataProtector protector, PaymentBatch batch, CancellationToken cancellationToken)
    {
        var entries = await db.LedgerEntries.Where(e => e.BatchId == batch.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var reversals = entries.Where(e => e.Reverses is not null).ToList();
        // A payment reversed after the file was taken was still sent: the bank's word on it is still awaited.
        var reversedBeforeExport = reversals.Where(r => batch.ExportedAt is not { } at || r.EnteredAt <= at).Select(r => r.Reverses!.Value).ToHashSet();
        var payments = entries.Where(e => e.Kind == LedgerEntryKind.Payment && !reversedBeforeExport.Contains(e.Id)).ToList();
        var households = payments.Select(e => e.HouseholdId).Distinct().ToList();
        var payees = (await db.Payees.AsNoTracking().Where(p => households.Contains(p.HouseholdId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.HouseholdId);
        var carried = new List<Line>();
        var leftOut = new List<LedgerEntry>();
        foreach (var entry in payments)
        {
            if (batch.ExportedAt is { } exported && PayeeOf(payees[entry.HouseholdId].Where(p => p.Since <= exported), entry.ItemCode) is { } payee)
            {
                carried.Add(new Line(
                    entry,
                    protector.Unprotect(payee.NameProtected, PersonalDataPurposes.PayeeName),
                    protector.Unprotect(payee.AccountProtected, PersonalDataPurposes.PayeeAccount)));
            }
            else
            {
                leftOut.Add(entry);
            }
        }

        return new Contents(carried, leftOut, reversals.Select(r => r.Reverses!.Value).ToHashSet());
    }

    /// <summary>
    /// The payee recorded for the item, else the one on file for another benefit of the household (the first recorded):
    /// a household paid one benefit into an account is paid the next into it until an officer records another.
    /// </summary>
    public static Payee? PayeeOf(IEnumerable<Payee> household, string itemCode) =>
        household.OrderBy(p => p.ItemCode == itemCode ? 0 : 1).ThenBy(p => p.Since).FirstOrDefault();
}
