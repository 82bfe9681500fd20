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

    /// <summary>The batch's payments still standing, and of them those the bank file carries with their payee (in clear, for the bank).</summary>
    public static async Task<(List<LedgerEntry> Standing, List<Line> Carried)> OfAsync(
        PolicyLawDbContext db, PersonalDataProtector protector, PaymentBatch batch, CancellationToken cancellationToken)
    {
        var entries = await db.LedgerEntries.Where(e => e.BatchId == batch.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var reversed = entries.Where(e => e.Reverses is not null).Select(e => e.Reverses!.Value).ToHashSet();
        var standing = entries.Where(e => e.Kind == LedgerEntryKind.Payment && !reversed.Contains(e.Id)).ToList();
        var households = standing.Select(e => e.HouseholdId).Distinct().ToList();
        var payees = (await db.Payees.AsNoTracking().Where(p => households.Contains(p.HouseholdId)).ToListAsync(cancellationToken))
            .ToDictionary(p => (p.HouseholdId, p.ItemCode));
        var carried = new List<Line>();
        foreach (var entry in standing)
        {
            if (batch.ExportedAt is { } exported && payees.TryGetValue((entry.HouseholdId, entry.ItemCode), out var payee) && payee.Since <= exported)
            {
                carried.Add(new Line(
                    entry,
                    protector.Unprotect(payee.NameProtected, PersonalDataPurposes.PayeeName),
                    protector.Unprotect(payee.AccountProtected, PersonalDataPurposes.PayeeAccount)));
            }
        }

        return (standing, carried);
    }
}
