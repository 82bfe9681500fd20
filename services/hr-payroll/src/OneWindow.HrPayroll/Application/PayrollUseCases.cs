using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application;

/// <summary>
/// Payroll runs of one centre: hr-admin prepares and reviews, the director approves (never one who prepared
/// or reviewed it), hr-admin marks it paid. An approved month is frozen: its evaluations and payslips
/// never change, and it is never prepared again (corrections are adjustment runs).
/// </summary>
public sealed class PayrollUseCases(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayrollRun> PrepareAsync(string month, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var first = Wire.FirstDay(month);
        var last = Wire.LastDay(month);
        if (first > ChinaTime.Today(clock))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "month-in-future", "A month is paid once it has begun.", "month");
        }

        // Replacing a draft and writing its successor commit together, or the month keeps its draft.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.PayrollRuns.SingleOrDefaultAsync(r => r.Month == month && r.Kind == RunKind.Regular, cancellationToken);
        if (existing is not null)
        {
            existing.EnsureReplaceable();
            db.PayrollRuns.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        var scale = PayScaleVersion.InForce(await db.PayScales.AsNoTracking().ToListAsync(cancellationToken), first)
            ?? throw new DomainException(DomainErrorKind.RuleViolated, "no-pay-scale", "No version of the pay scale is in force for that month.", "month");
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.HiredOn <= last && (s.LastDay == null || s.LastDay >= first))
            .OrderBy(s => s.StaffId).ToListAsync(cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.Month == month).ToDictionaryAsync(e => e.StaffId, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var run = PayrollRun.Prepare(month, RunKind.Regular, scale.Version, caller.Subject, null, now);
        db.PayrollRuns.Add(run);
        foreach (var member in staff.Where(s => !s.Roles.SequenceEqual(["device"])))
        {
            var evaluation = evaluations.GetValueOrDefault(member.StaffId);
            var payslip = Payslip.For(run.Id, member.StaffId, member.Name, month, PayCalculator.Compute(member, scale.Terms, evaluation), evaluation is null ? "本月未考核，按基准分计发" : null);
            run.Add(payslip);
            db.Payslips.Add(payslip);
        }

        audit.Record(new AuditEntry("prepare-payroll", "payroll-run", run.Id.ToString(), month));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(run.Id.ToString(), cancellationToken);
    }

    public async Task<V1.PayrollRun> PrepareAdjustmentAsync(V1.PrepareAdjustmentRunRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        Wire.FirstDay(request.Month);
        var regular = await db.PayrollRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Month == request.Month && r.Kind == RunKind.Regular, cancellationToken);
        var run = PayrollRun.PrepareAdjustment(regular, request.Month, caller.Subject, request.Reason, clock.GetUtcNow());
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var amount = Wire.ParseNumber(request.Amount, "amount", "-120.50");
        if (amount == 0 || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "amount is a non-zero amount in yuan with at most two decimals.", "amount");
        }

        var payslip = Payslip.For(run.Id, member.StaffId, member.Name, request.Month, new PayLines { Gross = amount, Net = amount }, request.Reason);
        run.Add(payslip);
        db.PayrollRuns.Add(run);
        db.Payslips.Add(payslip);
        audit.Record(new AuditEntry("prepare-adjustment", "payroll-run", run.Id.ToString(), $"{member.StaffId} {request.Amount}: {request.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(run.Id.ToString(), cancellationToken);
    }

    public async Task<V1.ListRunsReply> ListAsync(string? month, CancellationToken cancellationToken)
    {
        var query = db.PayrollRuns.AsNoTracking();
        if (month is not null)
        {
            query = query.Where(r => r.Month == month);
        }

        var reply = new V1.ListRunsReply();
        reply.Runs.AddRange((await query.OrderByDescending(r => r.Month).ThenBy(r => r.PreparedAt).Take(200).ToListAsync(cancellationToken)).Select(r => r.ToContract([])));
        return reply;
    }

    public async Task<V1.PayrollRun> GetAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await FindAsync(db, runId, cancellationToken);
        var payslips = await db.Payslips.AsNoTracking().Where(p => p.RunId == run.Id).OrderBy(p => p.StaffId).ToListAsync(cancellationToken);
        return run.ToContract(payslips);
    }

    public Task<V1.PayrollRun> ReviewAsync(string runId, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(runId, "review-payroll", caller, (run, _) => run.Review(caller.Subject), cancellationToken);

    public Task<V1.PayrollRun> ApproveAsync(string runId, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(runId, "approve-payroll", caller, (run, now) => run.Approve(caller.Subject, now), cancellationToken, async run =>
        {
            if (run.Kind == RunKind.Regular)
            {
                await db.Evaluations.Where(e => e.Month == run.Month).ForEachAsync(e => e.Freeze(), cancellationToken);
            }
        });

    public Task<V1.PayrollRun> MarkPaidAsync(string runId, Caller caller, CancellationToken cancellationToken) =>
        DecideAsync(runId, "mark-payroll-paid", caller, (run, now) => run.MarkPaid(now), cancellationToken, async run =>
        {
            var centre = tenant.RequireCentre();
            var now = clock.GetUtcNow();
            foreach (var staffId in await db.Payslips.Where(p => p.RunId == run.Id).Select(p => p.StaffId).ToListAsync(cancellationToken))
            {
                outbox.Add(new PayslipIssued { OccurredAt = now, Tenant = centre, StaffId = staffId, Month = run.Month });
            }
        });

    public static async Task<PayrollRun> FindAsync(HrPayrollDbContext db, string runId, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(runId, out var parsed)
            ? parsed
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-run-id", "runId is a payroll run's id (a GUID).", "runId");
        return await db.PayrollRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-run", "There is no such payroll run in this centre.", "runId");
    }

    private async Task<V1.PayrollRun> DecideAsync(
        string runId, string action, Caller caller, Action<PayrollRun, DateTimeOffset> decide, CancellationToken cancellationToken, Func<PayrollRun, Task>? then = null)
    {
        tenant.RequireCentre();
        var run = await FindAsync(db, runId, cancellationToken);
        try
        {
            decide(run, clock.GetUtcNow());
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "payroll-run", run.Id.ToString(), refusal.Message), cancellationToken);
            throw;
        }

        if (then is not null)
        {
            await then(run);
        }

        audit.Record(new AuditEntry(action, "payroll-run", run.Id.ToString(), $"{run.Month} by {caller.Subject}"));
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(runId, cancellationToken);
    }
}
