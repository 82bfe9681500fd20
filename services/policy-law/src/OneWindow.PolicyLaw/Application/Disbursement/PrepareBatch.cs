using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using LedgerEntry = OneWindow.PolicyLaw.Domain.Disbursement.LedgerEntry;
using PaymentBatch = OneWindow.PolicyLaw.Domain.Disbursement.PaymentBatch;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer prepares the month's payment batch: a ledger payment for every schedule paying the month (not
/// suspended for a review, not ended before it) that is not in a batch yet; a month with nothing left to pay is refused.
/// </summary>
public sealed class PrepareBatch(PolicyLawDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PaymentBatch> HandleAsync(string periodText, string preparedBy, CancellationToken cancellationToken)
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
        foreach (var schedule in schedules.Where(s => s.Pays(period) && !alreadyEntered.Contains((s.HouseholdId, s.ItemCode))))
        {
            var entry = LedgerEntry.Payment(schedule.HouseholdId, schedule.ItemCode, period, schedule.MonthlyAmount, batch.Id, preparedBy, now);
            db.LedgerEntries.Add(entry);
            batch.Add(entry);
        }

        // A payment the bank returned is paid again in the next batch, whatever month it was for (docs/adr/0026).
        foreach (var returned in await ReturnedPayments.NotYetRetriedAsync(db, cancellationToken))
        {
            var retry = returned.Retry(batch.Id, preparedBy, now);
            db.LedgerEntries.Add(retry);
            batch.Add(retry);
        }

        if (batch.EntryCount == 0)
        {
            throw new DomainException(DomainErrorKind.Conflict, "nothing-to-pay", $"Every scheduled payment for {period} is already in a batch.", "period");
        }

        db.PaymentBatches.Add(batch);
        audit.Record(new AuditEntry("prepare-batch", "payment-batch", batch.Id.ToString(), $"{period}: {batch.EntryCount} payments, {batch.Total:0.00} CNY"));
        await db.SaveChangesAsync(cancellationToken);
        return await DisbursementReader.ToContractAsync(db, batch, cancellationToken);
    }
}
