using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>One line of the append-only disbursement ledger (资金发放台账).</summary>
public sealed class LedgerEntry
{
    private LedgerEntry()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public string Period { get; private set; } = string.Empty;

    public LedgerEntryKind Kind { get; private set; }

    /// <summary>Positive for a payment, the negated amount for a reversal: the ledger always sums to what is owed.</summary>
    public decimal Amount { get; private set; }

    public Guid? Reverses { get; private set; }

    public Guid? BatchId { get; private set; }

    /// <summary>The payment the bank did not make, which this one pays again in a later batch.</summary>
    public Guid? RetryOf { get; private set; }

    public string EnteredBy { get; private set; } = string.Empty;

    public DateTimeOffset EnteredAt { get; private set; }

    public string? Reason { get; private set; }

    public static LedgerEntry Payment(Guid householdId, string itemCode, Period period, decimal amount, Guid batchId, string enteredBy, DateTimeOffset at)
    {
        Ledger.EnsureAmount(amount, "amount");
        return new LedgerEntry
        {
            HouseholdId = householdId,
            ItemCode = itemCode,
            Period = period.ToString(),
            Kind = LedgerEntryKind.Payment,
            Amount = amount,
            BatchId = batchId,
            EnteredBy = enteredBy,
            EnteredAt = at,
        };
    }

    /// <summary>Pays again, in a later batch, a payment the bank returned (and which was reversed when it did).</summary>
    public LedgerEntry Retry(Guid batchId, string enteredBy, DateTimeOffset at) =>
        new()
        {
            HouseholdId = HouseholdId,
            ItemCode = ItemCode,
            Period = Period,
            Kind = LedgerEntryKind.Payment,
            Amount = Amount,
            BatchId = batchId,
            RetryOf = Id,
            EnteredBy = enteredBy,
            EnteredAt = at,
        };

    public LedgerEntry Reverse(string reason, string enteredBy, DateTimeOffset at) =>
        Kind == LedgerEntryKind.Reversal
            ? throw new DomainException(DomainErrorKind.RuleViolated, "cannot-reverse-reversal", "A reversal cannot itself be reversed; enter a new payment instead.", "entryId")
            : new LedgerEntry
            {
                HouseholdId = HouseholdId,
                ItemCode = ItemCode,
                Period = Period,
                Kind = LedgerEntryKind.Reversal,
                Amount = -Amount,
                Reverses = Id,
                BatchId = BatchId,
                EnteredBy = enteredBy,
                EnteredAt = at,
                Reason = string.IsNullOrWhiteSpace(reason)
                    ? throw new DomainException(DomainErrorKind.Invalid, "reason-required", "A reversal states why.", "reason")
                    : reason.Trim(),
            };
}
