using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer imports the bank's return file and so settles the batch: paid entries are recorded as paid (and
/// announced), failed ones are reversed so the ledger shows what was really paid. Every line is checked before anything
/// is written.
/// </summary>
public sealed class ImportBankReturn(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PaymentBatch> HandleAsync(ImportBankReturnRequest request, string by, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var batch = await DisbursementReader.FindBatchAsync(db, request.BatchId, cancellationToken);
        var entries = await db.LedgerEntries.Where(e => e.BatchId == batch.Id && e.Kind == LedgerEntryKind.Payment).ToDictionaryAsync(e => e.Id, cancellationToken);
        var lines = ParseReturnFile(request.Content, entries.Keys.ToHashSet());
        batch.MarkSettled();
        var now = clock.GetUtcNow();
        foreach (var line in lines)
        {
            var entry = entries[line.EntryId];
            db.PaymentRecords.Add(PaymentRecord.From(entry.Id, batch.Id, line.Paid, line.BankReference, line.Note, now));
            if (line.Paid)
            {
                outbox.Add(new DisbursementPaid { OccurredAt = now, Tenant = centre, HouseholdId = entry.HouseholdId, ItemCode = entry.ItemCode, Period = entry.Period, Amount = entry.Amount });
            }
            else
            {
                db.LedgerEntries.Add(entry.Reverse($"银行退回：{line.Note ?? line.BankReference}", by, now));
            }
        }

        audit.Record(new AuditEntry("settle-batch", "payment-batch", request.BatchId, $"{lines.Count(l => l.Paid)} paid, {lines.Count(l => !l.Paid)} failed"));
        await db.SaveChangesAsync(cancellationToken);
        return await DisbursementReader.ToContractAsync(db, batch, cancellationToken);
    }

    private sealed record ReturnLine(Guid EntryId, bool Paid, string BankReference, string? Note);

    private static List<ReturnLine> ParseReturnFile(string content, IReadOnlySet<Guid> batchEntries)
    {
        var lines = new List<ReturnLine>();
        var number = 0;
        foreach (var raw in (content ?? string.Empty).Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("entry_id", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length < 3 || !Guid.TryParse(fields[0], out var entryId) || fields[1] is not ("paid" or "failed") || fields[2].Length is 0 or > 64)
            {
                throw new DomainException(DomainErrorKind.Invalid, "invalid-return-file", $"Line {number} is not entry_id,paid|failed,bank_reference[,note].", "content");
            }

            if (!batchEntries.Contains(entryId))
            {
                throw new DomainException(DomainErrorKind.Invalid, "unknown-entry", $"Line {number} names an entry that is not a payment of this batch.", "content");
            }

            lines.Add(new ReturnLine(entryId, fields[1] == "paid", fields[2], fields.Length > 3 ? string.Join(',', fields[3..]) : null));
        }

        if (lines.Count == 0 || lines.Select(l => l.EntryId).Distinct().Count() != lines.Count)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-return-file", "The return file must name each payment of the batch once.", "content");
        }

        return lines;
    }
}
