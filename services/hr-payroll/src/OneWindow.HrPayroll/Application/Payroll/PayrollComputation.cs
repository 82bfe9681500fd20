using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// Computes the payslips of prepared runs, any centre's, in the background. A replica takes a run by a lease on its row
/// (a conditional update, so two replicas never compute one run) and renews it with every batch it commits; the batches
/// are the progress the console shows. A replica that stops mid-run lets the lease lapse and the run is taken again,
/// from nothing. A run whose computation throws is marked failed, with the reason, for HR to prepare again.
/// </summary>
public sealed partial class PayrollComputation(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PayrollComputation> logger) : ISignalledJob
{
    /// <summary>Long enough for a batch to commit many times over; short enough that a stopped replica's run resumes soon.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const int Batch = 10;

    /// <summary>Computes every run waiting and not held by another replica; returns how many it finished.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<(Guid Run, string Centre)> waiting;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
            var now = clock.GetUtcNow();
            waiting = [.. (await Untaken(db, now)
                .OrderBy(r => r.PreparedAt)
                .Select(r => new { r.Id, Centre = EF.Property<string>(r, TenantOwnership.PropertyName) })
                .ToListAsync(cancellationToken)).Select(r => (r.Id, r.Centre))];
        }

        var finished = 0;
        foreach (var (run, centre) in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
            var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
            if (await TakeAsync(db, run, cancellationToken) && await ComputeAsync(db, run, cancellationToken))
            {
                finished++;
            }
        }

        return finished;
    }

    private static IQueryable<PayrollRun> Untaken(HrPayrollDbContext db, DateTimeOffset now) =>
        db.PayrollRuns.Where(r => r.Status == RunStatus.Computing
            && (EF.Property<DateTimeOffset?>(r, HrPayrollDbContext.RunComputeLease) == null
                || EF.Property<DateTimeOffset?>(r, HrPayrollDbContext.RunComputeLease) < now));

    /// <summary>PostgreSQL locks the row for the update: a second replica re-reads it after the first commits and takes nothing.</summary>
    private async Task<bool> TakeAsync(HrPayrollDbContext db, Guid run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await Untaken(db, now).Where(r => r.Id == run)
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTimeOffset?>(r, HrPayrollDbContext.RunComputeLease), now + Lease), cancellationToken) == 1;
    }

    private async Task<bool> ComputeAsync(HrPayrollDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.PayrollRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        try
        {
            await db.Payslips.Where(p => p.RunId == runId).ExecuteDeleteAsync(cancellationToken);
            var scale = await PayScaleReader.InForceForMonthAsync(db, Wire.FirstDay(run.Month), cancellationToken);
            var staff = await PaidStaff.OfMonthAsync(db, run.Month, cancellationToken);
            var month = await MonthOfPay.LoadAsync(db, run.Month, cancellationToken);
            var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.Month == run.Month)
                .ToDictionaryAsync(e => e.StaffId, StringComparer.Ordinal, cancellationToken);
            run.BeginComputing(staff.Count);
            await SaveRenewingAsync(db, run, cancellationToken);
            foreach (var batch in staff.Chunk(Batch))
            {
                foreach (var member in batch)
                {
                    var evaluation = evaluations.GetValueOrDefault(member.StaffId);
                    var payslip = Payslip.For(run.Id, member.StaffId, member.Name, run.Month, PayCalculator.Compute(member, scale.Terms, evaluation, month.For(member)), evaluation is null ? "本月未考核，按基准分计发" : null);
                    run.Add(payslip);
                    db.Payslips.Add(payslip);
                }

                await SaveRenewingAsync(db, run, cancellationToken);
            }

            run.FinishComputing();
            db.Entry(run).Property(HrPayrollDbContext.RunComputeLease).CurrentValue = null;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, runId);
            db.ChangeTracker.Clear();
            var failed = await db.PayrollRuns.SingleAsync(r => r.Id == runId, cancellationToken);
            failed.FailComputing(exception is DomainException refusal ? refusal.Code : "computation-failed", exception.Message);
            db.Entry(failed).Property(HrPayrollDbContext.RunComputeLease).CurrentValue = null;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    private async Task SaveRenewingAsync(HrPayrollDbContext db, PayrollRun run, CancellationToken cancellationToken)
    {
        db.Entry(run).Property(HrPayrollDbContext.RunComputeLease).CurrentValue = clock.GetUtcNow() + Lease;
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Computing payroll run {Run} failed; the run is marked failed for HR to prepare again")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid run);
}
