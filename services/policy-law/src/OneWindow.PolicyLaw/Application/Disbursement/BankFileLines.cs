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
            .ToDictionary(p => (p.HouseholdId, p.ItemCode));
        var carried = new List<Line>();
        var leftOut = new List<LedgerEntry>();
        foreach (var entry in payments)
        {
            if (batch.ExportedAt is { } exported && payees.TryGetValue((entry.HouseholdId, entry.ItemCode), out var payee) && payee.Since <= exported)
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
}
