using Microsoft.EntityFrameworkCore;
using OneWindow.Events;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>hr-admin records that the bank paid an approved run: payslip-issued for every payslip of it.</summary>
public sealed class MarkPayrollPaid(HrPayrollDbContext db, RunDecision decision, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public Task<V1.PayrollRun> HandleAsync(string runId, Caller caller, CancellationToken cancellationToken) =>
        decision.DecideAsync(runId, "mark-payroll-paid", caller, (run, now) => run.MarkPaid(now), cancellationToken, async run =>
        {
            var centre = tenant.RequireCentre();
            var now = clock.GetUtcNow();
            foreach (var staffId in await db.Payslips.Where(p => p.RunId == run.Id).Select(p => p.StaffId).ToListAsync(cancellationToken))
            {
                outbox.Add(new PayslipIssued { OccurredAt = now, Tenant = centre, StaffId = staffId, Month = run.Month });
            }
        });
}
