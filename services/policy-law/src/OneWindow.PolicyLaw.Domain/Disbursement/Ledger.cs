using System.Globalization;
using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>A month paid for, <c>yyyy-MM</c>.</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static Period Parse(string text, string field = "period") =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new Period(day.Year, day.Month)
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "A period is a month as yyyy-MM.", field);

    public static Period Of(DateOnly day) => new(day.Year, day.Month);

    public Period Next() => Month == 12 ? new Period(Year + 1, 1) : new Period(Year, Month + 1);

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}

/// <summary>A household's monthly entitlement to a benefit, from the approval on.</summary>
public sealed class DisbursementSchedule
{
    private DisbursementSchedule()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public Guid FileId { get; private set; }

    public string FirstPeriod { get; private set; } = string.Empty;

    public string? LastPeriod { get; private set; }

    public decimal MonthlyAmount { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public static DisbursementSchedule Start(Guid householdId, string itemCode, Guid fileId, Period first, decimal monthlyAmount, DateTimeOffset at)
    {
        Ledger.EnsureAmount(monthlyAmount, "monthlyAmount");
        return new DisbursementSchedule
        {
            HouseholdId = householdId,
            ItemCode = itemCode,
            FileId = fileId,
            FirstPeriod = first.ToString(),
            MonthlyAmount = monthlyAmount,
            ScheduledAt = at,
        };
    }

    public bool Covers(Period period) =>
        Period.Parse(FirstPeriod) <= period && (LastPeriod is null || period <= Period.Parse(LastPeriod));

    /// <summary>Stops the benefit after a month (benefit ended); months already entered stay in the ledger.</summary>
    public void EndAfter(Period last) => LastPeriod = last.ToString();
}

public enum LedgerEntryKind
{
    /// <summary>An amount due to the household for a period.</summary>
    Payment,

    /// <summary>Cancels an earlier entry; the ledger is never edited.</summary>
    Reversal,
}

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

public static class Ledger
{
    /// <summary>Amounts are positive yuan with at most two decimals, below a sanity ceiling.</summary>
    public static void EnsureAmount(decimal amount, string field)
    {
        if (amount <= 0 || amount > 1_000_000m || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "An amount is positive yuan with at most two decimals.", field);
        }
    }

    /// <summary>What a household is owed for an item and period: payments less reversals.</summary>
    public static decimal Balance(IEnumerable<LedgerEntry> entries) => entries.Sum(e => e.Amount);
}
