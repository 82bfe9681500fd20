using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

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

    /// <summary>What the item's rule gave for the household's facts on approval; null when the facts were not on record.</summary>
    public decimal? RuleAmount { get; private set; }

    /// <summary>Why the approver paid another amount than the rule's: the batch's approver reads it.</summary>
    public string? AmountReason { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    /// <summary>
    /// From the month of approval on, at the amount approved: the rule's, or another one only with a reason (the rule's
    /// amount cannot be overridden silently). Without facts on record there is no rule's amount to differ from.
    /// </summary>
    public static DisbursementSchedule Start(Guid householdId, string itemCode, Guid fileId, Period first, decimal monthlyAmount, decimal? ruleAmount, string? amountReason, DateTimeOffset at)
    {
        var reason = ReasonFor(monthlyAmount, ruleAmount, amountReason);
        return new DisbursementSchedule
        {
            HouseholdId = householdId,
            ItemCode = itemCode,
            FileId = fileId,
            FirstPeriod = first.ToString(),
            MonthlyAmount = monthlyAmount,
            RuleAmount = ruleAmount,
            AmountReason = reason,
            ScheduledAt = at,
        };
    }

    /// <summary>The approver's reason for an amount, trimmed; required when it is another than the rule's.</summary>
    public static string? ReasonFor(decimal monthlyAmount, decimal? ruleAmount, string? amountReason)
    {
        Ledger.EnsureAmount(monthlyAmount, "monthlyAmount");
        var reason = string.IsNullOrWhiteSpace(amountReason) ? null : amountReason.Trim();
        if (ruleAmount is { } byRule && byRule != monthlyAmount && reason is null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "amount-reason-required",
                $"The rule gives {byRule:0.00} CNY a month; another amount states why.", "amountReason");
        }

        return reason;
    }

    public bool Covers(Period period) =>
        Period.Parse(FirstPeriod) <= period && (LastPeriod is null || period <= Period.Parse(LastPeriod));

    /// <summary>Stops the benefit after a month (benefit ended); months already entered stay in the ledger.</summary>
    public void EndAfter(Period last) => LastPeriod = last.ToString();
}
