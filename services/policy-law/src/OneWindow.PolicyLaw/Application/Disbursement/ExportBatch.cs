using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer exports an approved batch as the bank file: one payment per line (those already reversed left out),
/// UTF-8 with a header, amounts with two decimals.
/// </summary>
public sealed class ExportBatch(PolicyLawDbContext db, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<BankFile> HandleAsync(string batchId, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var batch = await DisbursementReader.FindBatchAsync(db, batchId, cancellationToken);
        batch.MarkExported();
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.BatchId == batch.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var reversed = entries.Where(e => e.Reverses is not null).Select(e => e.Reverses!.Value).ToHashSet();
        var csv = new StringBuilder("entry_id,household_id,item_code,period,amount\n");
        foreach (var entry in entries.Where(e => e.Kind == LedgerEntryKind.Payment && !reversed.Contains(e.Id)))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{entry.Id},{entry.HouseholdId},{entry.ItemCode},{entry.Period},{entry.Amount:0.00}\n");
        }

        audit.Record(new AuditEntry("export-batch", "payment-batch", batchId));
        await db.SaveChangesAsync(cancellationToken);
        return new BankFile { FileName = $"{centre}-{batch.Period}-{batch.Id:N}.csv", ContentType = "text/csv; charset=utf-8", Content = csv.ToString() };
    }
}
