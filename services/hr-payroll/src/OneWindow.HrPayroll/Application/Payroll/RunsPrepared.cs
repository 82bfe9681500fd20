using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// Wakes the payroll computation when a prepared run commits, so its payslips are computed within moments instead of at
/// the next sweep; the sweep still takes the runs a stopped replica left behind.
/// </summary>
public sealed class RunsPrepared : CommitSignal;
