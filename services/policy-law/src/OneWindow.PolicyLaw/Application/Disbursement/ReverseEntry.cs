using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>A policy officer corrects the ledger by reversing an entry, with a reason: the ledger is append-only, never edited, and an entry is reversed once.</summary>
public sealed class ReverseEntry(PolicyLawDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.LedgerEntry> HandleAsync(ReverseEntryRequest request, string by, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = Wire.ParseId(request.EntryId, "entryId");
        var entry = await db.LedgerEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-entry", "There is no such ledger entry in this centre.", "entryId");
        if (await db.LedgerEntries.AnyAsync(e => e.Reverses == id, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-reversed", "This entry has already been reversed.", "entryId");
        }

        var reversal = entry.Reverse(request.Reason, by, clock.GetUtcNow());
        db.LedgerEntries.Add(reversal);
        audit.Record(new AuditEntry("reverse-entry", "ledger-entry", request.EntryId, request.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return reversal.ToContract(bank: null);
    }
}
