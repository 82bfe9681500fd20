using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// What reviewing, approving and marking a run paid share: the run of this centre, the step the run allows (a refusal of
/// separation of duties written to the audit trail as denied), what the step brings with it, the audit record, one save.
/// </summary>
public sealed class RunDecision(HrPayrollDbContext db, PayrollReader reader, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PayrollRun> DecideAsync(
        string runId, string action, Caller caller, Action<PayrollRun, DateTimeOffset> decide, CancellationToken cancellationToken, Func<PayrollRun, Task>? then = null)
    {
        tenant.RequireCentre();
        var run = await PayrollReader.FindAsync(db, runId, cancellationToken);
        try
        {
            decide(run, clock.GetUtcNow());
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "payroll-run", run.Id.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        if (then is not null)
        {
            await then(run);
        }

        audit.Record(new AuditEntry(action, "payroll-run", run.Id.ToString(), $"{run.Month} by {caller.Subject}"));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(runId, cancellationToken);
    }
}
