using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>hr-admin corrects an approved month with a run of its own: one worker, an amount added to gross (negative to recover an overpayment).</summary>
public sealed class PrepareAdjustmentRun(HrPayrollDbContext db, PayrollReader reader, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayrollRun> HandleAsync(V1.PrepareAdjustmentRunRequest request, Caller caller, CancellationToken cancellationToken)
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
        run.FinishComputing();
        db.PayrollRuns.Add(run);
        db.Payslips.Add(payslip);
        audit.Record(new AuditEntry("prepare-adjustment", "payroll-run", run.Id.ToString(), $"{member.StaffId} {request.Amount}: {request.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(run.Id.ToString(), cancellationToken);
    }
}
