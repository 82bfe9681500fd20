using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>Recognises a run prepared for computing among the changes being saved, so that its commit wakes the computation.</summary>
internal sealed class RunsPreparedInterceptor(RunsPrepared signal) : CommitSignalInterceptor<RunsPrepared>(signal)
{
    protected override bool Expects(DbContext context) =>
        context.ChangeTracker.Entries<PayrollRun>().Any(entry => entry.State == EntityState.Added && entry.Entity.Status == RunStatus.Computing);
}
