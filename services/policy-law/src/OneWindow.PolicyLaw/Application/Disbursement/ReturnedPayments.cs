using Microsoft.EntityFrameworkCore;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using LedgerEntry = OneWindow.PolicyLaw.Domain.Disbursement.LedgerEntry;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>Payments the bank did not make (by its return file, or for want of a payee) and that no later batch pays again yet.</summary>
internal static class ReturnedPayments
{
    public static Task<List<LedgerEntry>> NotYetRetriedAsync(PolicyLawDbContext db, CancellationToken cancellationToken) =>
        db.LedgerEntries.AsNoTracking()
            .Where(e => e.Kind == LedgerEntryKind.Payment)
            .Where(e => db.PaymentRecords.Any(r => r.EntryId == e.Id && !r.Paid))
            .Where(e => !db.LedgerEntries.Any(retry => retry.RetryOf == e.Id))
            .OrderBy(e => e.EnteredAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
}
