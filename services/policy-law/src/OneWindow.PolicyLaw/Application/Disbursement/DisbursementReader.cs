using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using PaymentBatch = OneWindow.PolicyLaw.Domain.Disbursement.PaymentBatch;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>The centre's disbursement schedules, its payment batches and its ledger (资金发放台账) with the balance.</summary>
public sealed class DisbursementReader(PolicyLawDbContext db, PersonalDataProtector protector)
{
    public async Task<V1.PaymentBatch> GetBatchAsync(string batchId, CancellationToken cancellationToken) =>
        await ToContractAsync(db, await FindBatchAsync(db, batchId, cancellationToken), cancellationToken);

    /// <summary>A page of the centre's batches (of one month, when asked), the newest prepared first (docs/adr/0021), with how many there are in all.</summary>
    public async Task<ListBatchesReply> ListBatchesAsync(ListBatchesRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var period = request.Period;
        var query = db.PaymentBatches.AsNoTracking().Where(b => period == null || b.Period == period);
        var total = await query.CountAsync(cancellationToken);
        if (after is var (at, id))
        {
            query = query.Where(b => EF.Functions.LessThan(ValueTuple.Create(b.PreparedAt, b.Id), ValueTuple.Create(at, id)));
        }

        var page = await query.OrderByDescending(b => b.PreparedAt).ThenByDescending(b => b.Id)
            .ReadPageAsync(size, b => PageToken.After(b.PreparedAt, b.Id), cancellationToken);
        var summaries = await SummariesAsync(db, page.Rows.Select(b => b.Id).ToList(), cancellationToken);
        var reply = new ListBatchesReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Batches.AddRange(page.Rows.Select(b => ToContract(b, summaries)));
        return reply;
    }

    /// <summary>
    /// A page of the ledger (of a household, a month or a batch, when asked) in the order it was entered
    /// (docs/adr/0021), with the balance and the count of every entry the filters give, summed in the database.
    /// </summary>
    public async Task<ListLedgerReply> ListLedgerAsync(ListLedgerRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var household = request.HouseholdId is null ? (Guid?)null : Wire.ParseId(request.HouseholdId, "householdId");
        var batch = request.BatchId is null ? (Guid?)null : Wire.ParseId(request.BatchId, "batchId");
        var period = request.Period;
        var query = db.LedgerEntries.AsNoTracking()
            .Where(e => household == null || e.HouseholdId == household)
            .Where(e => period == null || e.Period == period)
            .Where(e => batch == null || e.BatchId == batch);
        var whole = await query.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Balance = g.Sum(e => e.Amount) }).SingleOrDefaultAsync(cancellationToken);
        if (after is var (at, id))
        {
            query = query.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.EnteredAt, e.Id), ValueTuple.Create(at, id)));
        }

        var page = await query.OrderBy(e => e.EnteredAt).ThenBy(e => e.Id)
            .ReadPageAsync(size, e => PageToken.After(e.EnteredAt, e.Id), cancellationToken);
        var entries = page.Rows;
        var ids = entries.Select(e => e.Id).ToList();
        var records = await db.PaymentRecords.AsNoTracking().Where(r => ids.Contains(r.EntryId)).ToDictionaryAsync(r => r.EntryId, cancellationToken);
        // A payment at another amount than the rule's carries the rule's amount and the approver's reason to the batch.
        var households = entries.Select(e => e.HouseholdId).Distinct().ToList();
        var payees = await MaskedPayeesAsync(households, cancellationToken);
        var overrides = (await db.DisbursementSchedules.AsNoTracking()
                .Where(s => households.Contains(s.HouseholdId) && (s.AmountReason != null || (s.RuleAmount != null && s.RuleAmount != s.MonthlyAmount)))
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.HouseholdId, s.ItemCode));
        var reply = new ListLedgerReply
        {
            Balance = (whole?.Balance ?? 0m).ToString("0.00", CultureInfo.InvariantCulture),
            TotalSize = whole?.Count ?? 0,
            NextPageToken = page.NextPageToken,
        };
        reply.Entries.AddRange(entries.Select(e =>
        {
            var contract = e.ToContract(records.GetValueOrDefault(e.Id));
            if (e.Kind == LedgerEntryKind.Payment && payees(e.HouseholdId, e.ItemCode) is { } payee)
            {
                contract.PayeeName = payee.Name;
                contract.PayeeAccount = payee.Account;
            }

            if (e.Kind == LedgerEntryKind.Payment && overrides.TryGetValue((e.HouseholdId, e.ItemCode), out var schedule))
            {
                contract.RuleAmount = schedule.RuleAmount?.ToString("0.00", CultureInfo.InvariantCulture);
                contract.AmountReason = schedule.AmountReason;
            }

            return contract;
        }));
        return reply;
    }

    /// <summary>A page of the centre's schedules (of one household, when asked), the latest scheduled first (docs/adr/0021), with how many there are in all.</summary>
    public async Task<ListSchedulesReply> ListSchedulesAsync(ListSchedulesRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var household = request.HouseholdId is null ? (Guid?)null : Wire.ParseId(request.HouseholdId, "householdId");
        var query = db.DisbursementSchedules.AsNoTracking().Where(s => household == null || s.HouseholdId == household);
        var total = await query.CountAsync(cancellationToken);
        if (after is var (at, id))
        {
            query = query.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.ScheduledAt, s.Id), ValueTuple.Create(at, id)));
        }

        var page = await query.OrderByDescending(s => s.ScheduledAt).ThenByDescending(s => s.Id)
            .ReadPageAsync(size, s => PageToken.After(s.ScheduledAt, s.Id), cancellationToken);
        var payees = await MaskedPayeesAsync(page.Rows.Select(s => s.HouseholdId).Distinct().ToList(), cancellationToken);
        var reply = new ListSchedulesReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Schedules.AddRange(page.Rows.Select(s => ToContract(s, payees(s.HouseholdId, s.ItemCode))));
        return reply;
    }

    /// <summary>One schedule as the list shows it, with its masked payee.</summary>
    public async Task<Schedule> ScheduleAsync(DisbursementSchedule schedule, CancellationToken cancellationToken) =>
        ToContract(schedule, (await MaskedPayeesAsync([schedule.HouseholdId], cancellationToken))(schedule.HouseholdId, schedule.ItemCode));

    public static Schedule ToContract(DisbursementSchedule schedule, PayeeView? payee) => new()
    {
        HouseholdId = schedule.HouseholdId.ToString(),
        ItemCode = schedule.ItemCode,
        FileId = schedule.FileId.ToString(),
        FirstPeriod = schedule.FirstPeriod,
        LastPeriod = schedule.LastPeriod,
        MonthlyAmount = schedule.MonthlyAmount.ToString("0.00", CultureInfo.InvariantCulture),
        PayeeName = payee?.Name,
        PayeeAccount = payee?.Account,
        Status = schedule.Status.ToString().ToLowerInvariant(),
        ReviewDueOn = schedule.Status == BenefitStatus.Ended || schedule.ReviewDueOn is null ? null : Wire.Day(schedule.ReviewDueOn),
        StatusSince = schedule.StatusSince is null ? null : Wire.Day(schedule.StatusSince),
    };

    /// <summary>
    /// Who each benefit of these households is paid to (its own payee, else the household's on file, as the bank file
    /// takes it), masked: staff see whose account it is and its last four digits, never the whole.
    /// </summary>
    private async Task<Func<Guid, string, PayeeView?>> MaskedPayeesAsync(List<Guid> households, CancellationToken cancellationToken)
    {
        var payees = (await db.Payees.AsNoTracking().Where(p => households.Contains(p.HouseholdId)).ToListAsync(cancellationToken)).ToLookup(p => p.HouseholdId);
        return (household, itemCode) => BankFileLines.PayeeOf(payees[household], itemCode) is { } payee
            ? new PayeeView(
                Masking.Name(protector.Unprotect(payee.NameProtected, PersonalDataPurposes.PayeeName)),
                Masking.BankAccount(protector.Unprotect(payee.AccountProtected, PersonalDataPurposes.PayeeAccount)))
            : null;
    }

    public static async Task<PaymentBatch> FindBatchAsync(PolicyLawDbContext db, string batchId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(batchId, "batchId");
        return await db.PaymentBatches.SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-batch", "There is no such batch in this centre.", "batchId");
    }

    /// <summary>
    /// The batch with its control totals (those of the bank file once it was taken: the payments whose payee was on
    /// file by then), how many payments it pays again and the bank's answer so far.
    /// </summary>
    public static async Task<V1.PaymentBatch> ToContractAsync(PolicyLawDbContext db, PaymentBatch batch, CancellationToken cancellationToken) =>
        ToContract(batch, await SummariesAsync(db, [batch.Id], cancellationToken));

    private sealed record Summary(int Paid, int Failed, int Retries, int? SentCount, decimal? SentTotal);

    /// <summary>What the bank said of each batch, how many payments each pays again and its bank file's totals, counted in the database for a whole page.</summary>
    private static async Task<Dictionary<Guid, Summary>> SummariesAsync(PolicyLawDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var results = await db.PaymentRecords.AsNoTracking().Where(r => ids.Contains(r.BatchId))
            .GroupBy(r => r.BatchId)
            .Select(g => new { BatchId = g.Key, Paid = g.Count(r => r.Paid), Failed = g.Count(r => !r.Paid) })
            .ToDictionaryAsync(r => r.BatchId, cancellationToken);
        var retries = await db.LedgerEntries.AsNoTracking().Where(e => e.BatchId != null && ids.Contains(e.BatchId.Value) && e.RetryOf != null)
            .GroupBy(e => e.BatchId!.Value)
            .Select(g => new { BatchId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.BatchId, r => r.Count, cancellationToken);
        var sent = await (
                from e in db.LedgerEntries.AsNoTracking()
                join b in db.PaymentBatches.AsNoTracking() on e.BatchId equals b.Id
                where ids.Contains(b.Id) && b.ExportedAt != null && e.Kind == LedgerEntryKind.Payment
                      && !db.LedgerEntries.Any(r => r.Reverses == e.Id && r.EnteredAt <= b.ExportedAt)
                      && db.Payees.Any(p => p.HouseholdId == e.HouseholdId && p.Since <= b.ExportedAt)
                group e by b.Id into g
                select new { BatchId = g.Key, Count = g.Count(), Total = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(r => r.BatchId, cancellationToken);
        return ids.ToDictionary(id => id, id => new Summary(
            results.GetValueOrDefault(id)?.Paid ?? 0,
            results.GetValueOrDefault(id)?.Failed ?? 0,
            retries.GetValueOrDefault(id),
            sent.GetValueOrDefault(id)?.Count,
            sent.GetValueOrDefault(id)?.Total));
    }

    /// <summary>An exported batch whose file carried nothing still has totals: none, 0.00.</summary>
    private static V1.PaymentBatch ToContract(PaymentBatch batch, Dictionary<Guid, Summary> summaries)
    {
        var summary = summaries[batch.Id];
        var contract = ToContract(batch, summary.Paid, summary.Failed);
        contract.RetryCount = summary.Retries;
        if (batch.ExportedAt is not null)
        {
            contract.SentCount = summary.SentCount ?? 0;
            contract.SentTotal = (summary.SentTotal ?? 0m).ToString("0.00", CultureInfo.InvariantCulture);
        }

        return contract;
    }

    private static V1.PaymentBatch ToContract(PaymentBatch batch, int paid, int failed) =>
        new()
        {
            BatchId = batch.Id.ToString(),
            Period = batch.Period,
            Status = batch.Status.ToString().ToLowerInvariant(),
            EntryCount = batch.EntryCount,
            Total = batch.Total.ToString("0.00", CultureInfo.InvariantCulture),
            PreparedBy = batch.PreparedBy,
            ApprovedBy = batch.ApprovedBy,
            PaidCount = paid,
            FailedCount = failed,
            PreparedAt = ChinaTime.ToChina(batch.PreparedAt).ToString("O", CultureInfo.InvariantCulture),
        };
}
