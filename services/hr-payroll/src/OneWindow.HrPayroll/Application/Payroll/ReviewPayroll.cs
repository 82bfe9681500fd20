namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>hr-admin checks a prepared run; whoever reviews it may not approve it.</summary>
public sealed class ReviewPayroll(RunDecision decision)
{
    public Task<V1.PayrollRun> HandleAsync(string runId, Caller caller, CancellationToken cancellationToken) =>
        decision.DecideAsync(runId, "review-payroll", caller, (run, _) => run.Review(caller.Subject), cancellationToken);
}
