using System.Globalization;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer imports the bank's return file and so settles the batch (docs/adr/0026). The file must be this
/// batch's (its header names it), name each payment the bank file carried once and nothing else, and count its lines
/// in its trailer; every line is checked before anything is written. Paid entries are recorded as paid (and announced);
/// failed ones, and those the bank file could not carry for want of a payee, are recorded as not paid with the bank's
/// reason, reversed so the ledger shows what was really paid, announced so the resident hears, and paid again in the
/// next batch.
/// </summary>
public sealed class ImportBankReturn(PolicyLawDbContext db, PersonalDataProtector protector, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>The reason recorded for a payment the bank file left out.</summary>
    public const string NoPayee = "未登记收款账户，未送银行";

    public async Task<V1.PaymentBatch> HandleAsync(ImportBankReturnRequest request, string by, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var batch = await DisbursementReader.FindBatchAsync(db, request.BatchId, cancellationToken);
        var (carried, leftOut, reversed) = await BankFileLines.OfAsync(db, protector, batch, cancellationToken);
        var lines = ParseReturnFile(request.Content, batch.Id, carried.Select(l => l.Entry.Id).ToHashSet());
        batch.MarkSettled();
        var now = clock.GetUtcNow();
        var answers = lines.Select(l => (Entry: carried.Single(c => c.Entry.Id == l.EntryId).Entry, Line: l))
            .Concat(leftOut.Where(e => !reversed.Contains(e.Id)).Select(e => (Entry: e, Line: new ReturnLine(e.Id, false, "-", NoPayee))));
        var failed = 0;
        foreach (var (entry, line) in answers)
        {
            db.PaymentRecords.Add(PaymentRecord.From(entry.Id, batch.Id, line.Paid, line.BankReference, line.Note, now));
            if (line.Paid)
            {
                outbox.Add(new DisbursementPaid { OccurredAt = now, Tenant = centre, HouseholdId = entry.HouseholdId, ItemCode = entry.ItemCode, Period = entry.Period, Amount = entry.Amount });
                continue;
            }

            failed++;
            if (!reversed.Contains(entry.Id))
            {
                db.LedgerEntries.Add(entry.Reverse($"银行退回：{line.Note ?? line.BankReference}", by, now));
            }

            outbox.Add(new DisbursementFailed
            {
                OccurredAt = now, Tenant = centre, HouseholdId = entry.HouseholdId, ItemCode = entry.ItemCode, Period = entry.Period, Amount = entry.Amount,
                Reason = line.Note ?? string.Empty,
            });
        }

        audit.Record(new AuditEntry("settle-batch", "payment-batch", request.BatchId, $"{lines.Count(l => l.Paid)} paid, {failed} not paid"));
        await db.SaveChangesAsync(cancellationToken);
        return await DisbursementReader.ToContractAsync(db, batch, cancellationToken);
    }

    private sealed record ReturnLine(Guid EntryId, bool Paid, string BankReference, string? Note);

    /// <summary>H,batch_id / D,entry_id,paid|failed,bank_reference[,reason] / T,line_count — anything else is refused whole.</summary>
    private static List<ReturnLine> ParseReturnFile(string content, Guid batchId, IReadOnlySet<Guid> carried)
    {
        var rows = (content ?? string.Empty).Split('\n').Select((raw, i) => (Number: i + 1, Text: raw.Trim().TrimStart('\uFEFF'))).Where(r => r.Text.Length > 0).ToList();
        if (rows.Count < 2 || CsvField.Split(rows[0].Text) is not ["H", var named, ..] || CsvField.Split(rows[^1].Text) is not ["T", var counted, ..])
        {
            throw Invalid("invalid-return-file", "The return file starts with H,batch_id and ends with T,line_count.");
        }

        if (!Guid.TryParse(named, out var namedBatch) || namedBatch != batchId)
        {
            throw Invalid("return-file-for-another-batch", $"The return file is for batch {named}, not this one ({batchId}).");
        }

        var lines = new List<ReturnLine>();
        foreach (var (number, text) in rows.Skip(1).SkipLast(1))
        {
            var fields = CsvField.Split(text);
            if (fields.Count < 4 || fields[0] != "D" || !Guid.TryParse(fields[1], out var entryId) || fields[2] is not ("paid" or "failed") || fields[3].Length is 0 or > 64)
            {
                throw Invalid("invalid-return-file", $"Line {number} is not D,entry_id,paid|failed,bank_reference[,reason].");
            }

            if (!carried.Contains(entryId))
            {
                throw Invalid("unknown-entry", $"Line {number} names {entryId}, which this batch's bank file did not carry.");
            }

            var note = fields.Count > 4 ? string.Join('，', fields.Skip(4)).Trim() : null;
            lines.Add(new ReturnLine(entryId, fields[2] == "paid", fields[3], string.IsNullOrEmpty(note) ? null : note[..Math.Min(note.Length, 200)]));
        }

        if (!int.TryParse(counted, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != lines.Count)
        {
            throw Invalid("return-file-count-mismatch", $"The trailer counts {counted} lines; the file has {lines.Count}.");
        }

        if (lines.Select(l => l.EntryId).Distinct().Count() != lines.Count || lines.Count != carried.Count)
        {
            throw Invalid("return-file-incomplete", $"The return file must name each of the {carried.Count} payments of the bank file once.");
        }

        return lines;
    }

    private static DomainException Invalid(string code, string message) => new(DomainErrorKind.Invalid, code, message, "content");
}
