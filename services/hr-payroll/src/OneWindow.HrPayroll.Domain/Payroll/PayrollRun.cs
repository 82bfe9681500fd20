using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>
/// A centre's payroll for a month: computing → draft → reviewed → approved → paid. Whoever prepared or reviewed it
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

    /// <summary>The people the run pays, known before their payslips are computed: progress is PayslipCount of Headcount.</summary>
    public int Headcount { get; private set; }

    /// <summary>Why the computation broke off, when it did: a refusal's code (e.g. negative-net-pay), else computation-failed.</summary>
    public string? Failure { get; private set; }

    /// <summary>The failure in the computation's own words, for whoever looks into it.</summary>
    public string? FailureDetail { get; private set; }

    public decimal GrossTotal { get; private set; }

    public decimal NetTotal { get; private set; }

    public string PreparedBy { get; private set; } = string.Empty;

    public DateTimeOffset PreparedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>A month's regular run, its payslips still to compute.</summary>
    public static PayrollRun PrepareRegular(string month, int scaleVersion, string preparedBy, int headcount, DateTimeOffset at) =>
        new() { Month = month, Kind = RunKind.Regular, Status = RunStatus.Computing, ScaleVersion = scaleVersion, PreparedBy = preparedBy, PreparedAt = at, Headcount = headcount };

    /// <summary>An adjustment corrects a regular month once it is approved (or paid), on that month's scale.</summary>
    public static PayrollRun PrepareAdjustment(PayrollRun? regular, string month, string preparedBy, string reason, DateTimeOffset at) =>
        regular is null || regular.Status is not (RunStatus.Approved or RunStatus.Paid)
            ? throw new DomainException(DomainErrorKind.RuleViolated, "month-not-approved", "An adjustment corrects an approved month; change the draft instead.", "month")
            : new() { Month = month, Kind = RunKind.Adjustment, Status = RunStatus.Computing, ScaleVersion = regular.ScaleVersion, PreparedBy = preparedBy, PreparedAt = at, Reason = reason, Headcount = 1 };

    /// <summary>
    /// The computation (re)starts from nothing for the people it found: payslips of an attempt that broke off are
    /// discarded with their totals, so a resumed run is computed once, from one reading of the month.
    /// </summary>
    public void BeginComputing(int headcount)
    {
        EnsureComputing();
        Headcount = headcount;
        PayslipCount = 0;
        GrossTotal = 0;
        NetTotal = 0;
    }

    public void Add(Payslip payslip)
    {
        if (Status != RunStatus.Computing)
        {
            throw Immutable();
        }

        PayslipCount++;
        GrossTotal += payslip.Lines.Gross;
        NetTotal += payslip.Net;
    }

    /// <summary>Every payslip is in: the run waits for its review.</summary>
    public void FinishComputing()
    {
        EnsureComputing();
        if (PayslipCount != Headcount)
        {
            throw new InvalidOperationException($"A run of {Headcount} people finished with {PayslipCount} payslips.");
        }

        Status = RunStatus.Draft;
    }

    public void FailComputing(string failure, string detail)
    {
        EnsureComputing();
        Failure = failure;
        FailureDetail = detail.Length > 500 ? detail[..500] : detail;
        Status = RunStatus.Failed;
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

    /// <summary>Re-preparing a month replaces its draft (or a failed run); a month being computed or approved is not prepared again.</summary>
    public void EnsureReplaceable()
    {
        if (Status is RunStatus.Computing)
        {
            throw new DomainException(DomainErrorKind.Conflict, "run-computing", $"The payroll of {Month} is being computed: wait for it to finish.", "month");
        }

        if (Status is RunStatus.Approved or RunStatus.Paid)
        {
            throw new DomainException(DomainErrorKind.Conflict, "month-already-approved", $"The payroll of {Month} is {Status.ToString().ToLowerInvariant()}: correct it with an adjustment run.", "month");
        }
    }

    private void EnsureComputing()
    {
        if (Status != RunStatus.Computing)
        {
            throw new InvalidOperationException($"Run {Id} is {Status}, not computing.");
        }
    }

    public static DomainException Immutable() =>
        new(DomainErrorKind.Conflict, "run-immutable", "An approved payroll run never changes; correct it with an adjustment run.", "runId");
}
