using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// hr-admin prepares a month's regular run: a payslip for everyone on staff that month, by the scale in force and the
/// month's evaluations. A draft of the month is replaced; an approved month is never prepared again (corrections are
/// adjustment runs).
/// </summary>
public sealed class PreparePayroll(HrPayrollDbContext db, PayrollReader reader, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayrollRun> HandleAsync(string month, Caller caller, CancellationToken cancellationToken)
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

        var scale = await PayScaleReader.InForceForMonthAsync(db, first, cancellationToken);
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
        return await reader.GetAsync(run.Id.ToString(), cancellationToken);
    }
}
