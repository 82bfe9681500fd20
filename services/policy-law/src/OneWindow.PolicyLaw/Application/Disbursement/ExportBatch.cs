using System.Globalization;
using System.Text;
using OneWindow.Audit;
using OneWindow.Common.Privacy;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer exports an approved batch as the bank file (docs/adr/0026): a header naming the centre, the batch
/// and its control totals, one line per payment with the payee's name and account, a trailer repeating the totals.
/// A payment whose household has no payee on file is left out (it is settled as not paid and paid again in the next
/// batch); every field a person typed is made safe for a spreadsheet.
/// </summary>
public sealed class ExportBatch(PolicyLawDbContext db, PersonalDataProtector protector, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<BankFile> HandleAsync(string batchId, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var batch = await DisbursementReader.FindBatchAsync(db, batchId, cancellationToken);
        batch.MarkExported(clock.GetUtcNow());
        var (carried, leftOut, _) = await BankFileLines.OfAsync(db, protector, batch, cancellationToken);
        var count = carried.Count.ToString(CultureInfo.InvariantCulture);
        var total = Wire.Money(carried.Sum(l => l.Entry.Amount));
        var csv = new StringBuilder(CsvField.Line("H", CsvField.Text(centre), batch.Id.ToString(), CsvField.Text(batch.Period), count, total));
        foreach (var line in carried)
        {
            csv.Append(CsvField.Line(
                "D", line.Entry.Id.ToString(), CsvField.Text(line.PayeeName), CsvField.Text(line.Account), CsvField.Number(Wire.Money(line.Entry.Amount)),
                CsvField.Text(line.Entry.ItemCode), CsvField.Text(line.Entry.Period)));
        }

        csv.Append(CsvField.Line("T", count, total));
        audit.Record(new AuditEntry("export-batch", "payment-batch", batchId, $"{carried.Count} payments, {total} CNY; {leftOut.Count} without a payee"));
        await db.SaveChangesAsync(cancellationToken);
        return new BankFile { FileName = $"{centre}-{batch.Period}-{batch.Id:N}.csv", ContentType = "text/csv; charset=utf-8", Content = csv.ToString() };
    }
}
