using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using LedgerEntry = OneWindow.PolicyLaw.Domain.Disbursement.LedgerEntry;
using PaymentBatch = OneWindow.PolicyLaw.Domain.Disbursement.PaymentBatch;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>Batches, the bank file, the bank's return and reversals: the money side of the department.</summary>
public sealed class ManageDisbursement(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PaymentBatch> PrepareAsync(string periodText, string preparedBy, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var period = Period.Parse(periodText);
        var now = clock.GetUtcNow();
        var batch = PaymentBatch.Prepare(period, Period.Of(ChinaTime.Today(clock)), preparedBy, now);
        var paid = await db.LedgerEntries
            .Where(e => e.Period == periodText && e.Kind == LedgerEntryKind.Payment)
            .Select(e => new { e.HouseholdId, e.ItemCode })
            .ToListAsync(cancellationToken);
        var alreadyEntered = paid.Select(p => (p.HouseholdId, p.ItemCode)).ToHashSet();
        var schedules = await db.DisbursementSchedules.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var schedule in schedules.Where(s => s.Covers(period) && !alreadyEntered.Contains((s.HouseholdId, s.ItemCode))))
        {
            var entry = LedgerEntry.Payment(schedule.HouseholdId, schedule.ItemCode, period, schedule.MonthlyAmount, batch.Id, preparedBy, now);
            db.LedgerEntries.Add(entry);
            batch.Add(entry);
        }

        if (batch.EntryCount == 0)
        {
            throw new DomainException(DomainErrorKind.Conflict, "nothing-to-pay", $"Every scheduled payment for {period} is already in a batch.", "period");
        }

        db.PaymentBatches.Add(batch);
        audit.Record(new AuditEntry("prepare-batch", "payment-batch", batch.Id.ToString(), $"{period}: {batch.EntryCount} payments, {batch.Total:0.00} CNY"));
        await db.SaveChangesAsync(cancellationToken);
        return await ToContractAsync(batch, cancellationToken);
    }

    public async Task<V1.PaymentBatch> GetAsync(string batchId, CancellationToken cancellationToken) =>
        await ToContractAsync(await FindAsync(batchId, cancellationToken), cancellationToken);

    public async Task<V1.PaymentBatch> ApproveAsync(string batchId, string director, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var batch = await FindAsync(batchId, cancellationToken);
        try
        {
            batch.Approve(director, clock.GetUtcNow());
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("approve-batch", "payment-batch", batchId, refusal.Message), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("approve-batch", "payment-batch", batchId));
        await db.SaveChangesAsync(cancellationToken);
        return await ToContractAsync(batch, cancellationToken);
    }

    /// <summary>The bank file: one payment per line, UTF-8 with a header, amounts with two decimals.</summary>
    public async Task<BankFile> ExportAsync(string batchId, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var batch = await FindAsync(batchId, cancellationToken);
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

    /// <summary>
    /// The bank's return file: paid entries are recorded as paid (and announced), failed ones are
    /// reversed so the ledger shows what was really paid. Every line is checked before anything is written.
    /// </summary>
    public async Task<V1.PaymentBatch> SettleAsync(ImportBankReturnRequest request, string by, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var batch = await FindAsync(request.BatchId, cancellationToken);
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
        return await ToContractAsync(batch, cancellationToken);
    }

    public async Task<V1.LedgerEntry> ReverseAsync(ReverseEntryRequest request, string by, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = ParseId(request.EntryId, "entryId");
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
        return ToContract(reversal, paid: false);
    }

    public async Task<ListLedgerReply> ListLedgerAsync(string? householdId, string? period, CancellationToken cancellationToken)
    {
        var household = householdId is null ? (Guid?)null : ParseId(householdId, "householdId");
        var entries = await db.LedgerEntries.AsNoTracking()
            .Where(e => household == null || e.HouseholdId == household)
            .Where(e => period == null || e.Period == period)
            .OrderBy(e => e.Period).ThenBy(e => e.EnteredAt)
            .Take(1_000)
            .ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var paid = await db.PaymentRecords.AsNoTracking().Where(r => ids.Contains(r.EntryId) && r.Paid).Select(r => r.EntryId).ToHashSetAsync(cancellationToken);
        var reply = new ListLedgerReply { Balance = Ledger.Balance(entries).ToString("0.00", CultureInfo.InvariantCulture) };
        reply.Entries.AddRange(entries.Select(e => ToContract(e, paid.Contains(e.Id))));
        return reply;
    }

    public async Task<ListSchedulesReply> ListSchedulesAsync(string? householdId, CancellationToken cancellationToken)
    {
        var household = householdId is null ? (Guid?)null : ParseId(householdId, "householdId");
        var schedules = await db.DisbursementSchedules.AsNoTracking().Where(s => household == null || s.HouseholdId == household).Take(1_000).ToListAsync(cancellationToken);
        var reply = new ListSchedulesReply();
        reply.Schedules.AddRange(schedules.Select(s => new Schedule
        {
            HouseholdId = s.HouseholdId.ToString(),
            ItemCode = s.ItemCode,
            FileId = s.FileId.ToString(),
            FirstPeriod = s.FirstPeriod,
            LastPeriod = s.LastPeriod,
            MonthlyAmount = s.MonthlyAmount.ToString("0.00", CultureInfo.InvariantCulture),
        }));
        return reply;
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

    private async Task<PaymentBatch> FindAsync(string batchId, CancellationToken cancellationToken)
    {
        var id = ParseId(batchId, "batchId");
        return await db.PaymentBatches.SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-batch", "There is no such batch in this centre.", "batchId");
    }

    private async Task<V1.PaymentBatch> ToContractAsync(PaymentBatch batch, CancellationToken cancellationToken)
    {
        var records = await db.PaymentRecords.AsNoTracking().Where(r => r.BatchId == batch.Id).Select(r => r.Paid).ToListAsync(cancellationToken);
        return new V1.PaymentBatch
        {
            BatchId = batch.Id.ToString(),
            Period = batch.Period,
            Status = batch.Status.ToString().ToLowerInvariant(),
            EntryCount = batch.EntryCount,
            Total = batch.Total.ToString("0.00", CultureInfo.InvariantCulture),
            PreparedBy = batch.PreparedBy,
            ApprovedBy = batch.ApprovedBy,
            PaidCount = records.Count(p => p),
            FailedCount = records.Count(p => !p),
        };
    }

    private static V1.LedgerEntry ToContract(Domain.Disbursement.LedgerEntry entry, bool paid) => new()
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
    };

    private static Guid ParseId(string text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", $"{field} is an id (a GUID).", field);
}
