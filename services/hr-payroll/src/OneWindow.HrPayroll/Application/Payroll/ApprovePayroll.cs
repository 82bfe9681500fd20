using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// The director approves a reviewed run, never one they prepared or reviewed. An approved month is frozen: a regular
/// run's approval freezes the month's evaluations, and its payslips never change.
/// </summary>
public sealed class ApprovePayroll(HrPayrollDbContext db, RunDecision decision)
{
    public Task<V1.PayrollRun> HandleAsync(string runId, Caller caller, CancellationToken cancellationToken) =>
        decision.DecideAsync(runId, "approve-payroll", caller, (run, now) => run.Approve(caller.Subject, now), cancellationToken, async run =>
        {
            if (run.Kind == RunKind.Regular)
            {
                await db.Evaluations.Where(e => e.Month == run.Month).ForEachAsync(e => e.Freeze(), cancellationToken);
            }
        });
}
