using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// hr-admin prepares a month's regular run. The run is stored at once, computing, with the number of people it will
/// pay; <see cref="PayrollComputation"/> computes their payslips in the background, so the caller is answered at once
/// and can watch the count rise, leave, and come back. A draft (or a failed run) of the month is replaced; a month
/// being computed or approved is not prepared again (corrections are adjustment runs), nor is a month whose withholding
/// rules are not loaded (<c>no-withholding-rules</c>, a failed precondition: 400 naming the month).
/// </summary>
public sealed class PreparePayroll(HrPayrollDbContext db, PayrollReader reader, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayrollRun> HandleAsync(string month, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var first = Wire.FirstDay(month);
        if (first > ChinaTime.Today(clock))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "month-in-future", "A month is paid once it has begun.", "month");
        }

        // A month without the city's figures is refused before anything changes; the computation would only fail on it.
        await MonthOfPay.RulesAsync(db, first, "month", cancellationToken);

        // Replacing a draft and storing its successor commit together, or the month keeps its draft.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.PayrollRuns.SingleOrDefaultAsync(r => r.Month == month && r.Kind == RunKind.Regular, cancellationToken);
        if (existing is not null)
        {
            existing.EnsureReplaceable();
            db.PayrollRuns.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        var scale = await PayScaleReader.InForceForMonthAsync(db, first, cancellationToken);
        var headcount = (await PaidStaff.OfMonthAsync(db, month, cancellationToken)).Count;
        var run = PayrollRun.PrepareRegular(month, scale.Version, caller.Subject, headcount, clock.GetUtcNow());
        db.PayrollRuns.Add(run);
        audit.Record(new AuditEntry("prepare-payroll", "payroll-run", run.Id.ToString(), month));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await reader.GetAsync(run.Id.ToString(), cancellationToken);
    }
}
