using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// A centre's payroll for a month: draft → reviewed → approved → paid. Whoever prepared or reviewed it
/// cannot approve it; once approved it never changes (a correction is an adjustment run).
/// </summary>
public sealed class PayrollRun
{
    private PayrollRun()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Month { get; private set; } = string.Empty;

    public RunKind Kind { get; private set; }

    public RunStatus Status { get; private set; }

    public int ScaleVersion { get; private set; }

    public int PayslipCount { get; private set; }

    public decimal GrossTotal { get; private set; }

    public decimal NetTotal { get; private set; }

    public string PreparedBy { get; private set; } = string.Empty;

    public DateTimeOffset PreparedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? Reason { get; private set; }

    public static PayrollRun Prepare(string month, RunKind kind, int scaleVersion, string preparedBy, string? reason, DateTimeOffset at) =>
        new() { Month = month, Kind = kind, Status = RunStatus.Draft, ScaleVersion = scaleVersion, PreparedBy = preparedBy, PreparedAt = at, Reason = reason };

    /// <summary>An adjustment corrects a regular month once it is approved (or paid), on that month's scale.</summary>
    public static PayrollRun PrepareAdjustment(PayrollRun? regular, string month, string preparedBy, string reason, DateTimeOffset at) =>
        regular is null || regular.Status is RunStatus.Draft or RunStatus.Reviewed
            ? throw new DomainException(DomainErrorKind.RuleViolated, "month-not-approved", "An adjustment corrects an approved month; change the draft instead.", "month")
            : Prepare(month, RunKind.Adjustment, regular.ScaleVersion, preparedBy, reason, at);

    public void Add(Payslip payslip)
    {
        if (Status != RunStatus.Draft)
        {
            throw Immutable();
        }

        PayslipCount++;
        GrossTotal += payslip.Lines.Gross;
        NetTotal += payslip.Net;
    }

    public void Review(string reviewer)
    {
        if (Status != RunStatus.Draft)
        {
            throw new DomainException(DomainErrorKind.Conflict, "run-not-draft", $"This run is already {Status.ToString().ToLowerInvariant()}.", "runId");
        }

        if (reviewer == PreparedBy)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "You prepared this payroll run, so another HR administrator reviews it.", "runId");
        }

        ReviewedBy = reviewer;
        Status = RunStatus.Reviewed;
    }

    public void Approve(string director, DateTimeOffset at)
    {
        if (Status != RunStatus.Reviewed)
        {
            throw new DomainException(DomainErrorKind.Conflict, "run-not-reviewed", $"Only a reviewed run is approved; this one is {Status.ToString().ToLowerInvariant()}.", "runId");
        }

        if (director == PreparedBy || director == ReviewedBy)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "You prepared or reviewed this payroll run, so you cannot approve it.", "runId");
        }

        ApprovedBy = director;
        ApprovedAt = at;
        Status = RunStatus.Approved;
    }

    public void MarkPaid(DateTimeOffset at)
    {
        if (Status != RunStatus.Approved)
        {
            throw new DomainException(DomainErrorKind.Conflict, "run-not-approved", "Only an approved run is paid.", "runId");
        }

        PaidAt = at;
        Status = RunStatus.Paid;
    }

    /// <summary>Re-preparing a month replaces its draft; an approved month is never prepared again.</summary>
    public void EnsureReplaceable()
    {
        if (Status is RunStatus.Approved or RunStatus.Paid)
        {
            throw new DomainException(DomainErrorKind.Conflict, "month-already-approved", $"The payroll of {Month} is {Status.ToString().ToLowerInvariant()}: correct it with an adjustment run.", "month");
        }
    }

    public static DomainException Immutable() =>
        new(DomainErrorKind.Conflict, "run-immutable", "An approved payroll run never changes; correct it with an adjustment run.", "runId");
}
