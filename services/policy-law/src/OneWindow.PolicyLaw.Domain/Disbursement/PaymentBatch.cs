using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>
/// A centre's monthly payment batch: prepared by a policy officer, approved by the director (never the
/// one who prepared it), exported to the bank, settled from the bank's return file.
/// </summary>
public sealed class PaymentBatch
{
    private PaymentBatch()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Period { get; private set; } = string.Empty;

    public BatchStatus Status { get; private set; }

    public int EntryCount { get; private set; }

    public decimal Total { get; private set; }

    public string PreparedBy { get; private set; } = string.Empty;

    public DateTimeOffset PreparedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>When the bank file was first taken: it carries the payments whose payee was on file by then, the same on every download.</summary>
    public DateTimeOffset? ExportedAt { get; private set; }

    public static PaymentBatch Prepare(Period period, Period current, string preparedBy, DateTimeOffset at)
    {
        if (period > current)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "period-in-future", "A batch pays a month that has begun, not a future one.", "period");
        }

        return new PaymentBatch { Period = period.ToString(), Status = BatchStatus.Prepared, PreparedBy = preparedBy, PreparedAt = at };
    }

    public void Add(LedgerEntry entry)
    {
        EntryCount++;
        Total += entry.Amount;
    }

    public void Approve(string director, DateTimeOffset at)
    {
        if (Status != BatchStatus.Prepared)
        {
            throw new DomainException(DomainErrorKind.Conflict, "batch-not-prepared", $"This batch is already {Status.ToString().ToLowerInvariant()}.", "batchId");
        }

        if (director == PreparedBy)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "You prepared this batch, so you cannot approve it.", "batchId");
        }

        Status = BatchStatus.Approved;
        ApprovedBy = director;
        ApprovedAt = at;
    }

    public void MarkExported(DateTimeOffset at)
    {
        if (Status is not (BatchStatus.Approved or BatchStatus.Exported))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "batch-not-approved", "Only an approved batch goes to the bank.", "batchId");
        }

        Status = BatchStatus.Exported;
        ExportedAt ??= at;
    }

    public void MarkSettled()
    {
        if (Status != BatchStatus.Exported)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "batch-not-exported", "A bank return file settles an exported batch.", "batchId");
        }

        Status = BatchStatus.Settled;
    }
}
