using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Domain.Catalogue;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>
/// A household's monthly entitlement to a benefit, from the approval on. A periodic benefit lives from one approval to
/// the next: its review falls due, is announced, and left undone suspends the payments and then ends the benefit; a
/// later approval of the same item for the household (the review, late or not) renews it.
/// </summary>
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

    /// <summary>The day of the approval the next review counts from (China time).</summary>
    public DateOnly ReviewFrom { get; private set; }

    /// <summary>The due date the resident was told in the review notice; null until the notice went out.</summary>
    public DateOnly? ReviewDueOn { get; private set; }

    public BenefitStatus Status { get; private set; }

    /// <summary>The day it was suspended, ended or reinstated; null while it has only ever been paid.</summary>
    public DateOnly? StatusSince { get; private set; }

    /// <summary>
    /// From the month of approval on, at the amount approved: the rule's, or another one only with a reason (the rule's
    /// amount cannot be overridden silently). Without facts on record there is no rule's amount to differ from.
    /// </summary>
    public static DisbursementSchedule Start(Guid householdId, string itemCode, Guid fileId, Period first, decimal monthlyAmount, decimal? ruleAmount, string? amountReason, DateTimeOffset at, DateOnly approvedOn)
    {
        var schedule = new DisbursementSchedule
        {
            HouseholdId = householdId,
            ItemCode = itemCode,
            FirstPeriod = first.ToString(),
            ScheduledAt = at,
        };
        schedule.Approve(fileId, monthlyAmount, ruleAmount, amountReason, approvedOn);
        return schedule;
    }

    /// <summary>
    /// Another approval of the item for the household: its review, on time or late. The review counts from it and the
    /// amount is the newly approved one; a suspended benefit is paid again (the months it missed included, as batches
    /// for them are prepared), an ended one restarts from the month of this approval.
    /// </summary>
    public void Renew(Guid fileId, Period month, decimal monthlyAmount, decimal? ruleAmount, string? amountReason, DateOnly approvedOn)
    {
        Approve(fileId, monthlyAmount, ruleAmount, amountReason, approvedOn);
        if (Status == BenefitStatus.Ended)
        {
            FirstPeriod = month.ToString();
            LastPeriod = null;
        }

        if (Status != BenefitStatus.Active)
        {
            Status = BenefitStatus.Active;
            StatusSince = approvedOn;
        }
    }

    public bool Covers(Period period) =>
        Period.Parse(FirstPeriod) <= period && (LastPeriod is null || period <= Period.Parse(LastPeriod));

    /// <summary>Whether a batch for the month pays it: a suspended benefit is paid no month until it is reinstated.</summary>
    public bool Pays(Period period) => Status != BenefitStatus.Suspended && Covers(period);

    /// <summary>What a review run on a day does next, by the item's review terms; one step at a time, each once.</summary>
    public ReviewStep NextReviewStep(ReviewTerms terms, DateOnly asOf) => Status switch
    {
        BenefitStatus.Active when ReviewDueOn is null && asOf >= terms.NoticeOn(ReviewFrom) => ReviewStep.Notice,
        BenefitStatus.Active when ReviewDueOn is { } due && asOf >= due => ReviewStep.Suspend,
        BenefitStatus.Suspended when ReviewDueOn is { } due && asOf >= due.AddDays(terms.GraceDays) => ReviewStep.End,
        _ => ReviewStep.None,
    };

    /// <summary>
    /// The resident is told on a day that the review falls due: on its due date, or, when the notice goes out late, the
    /// full notice period after it, so no household is suspended with less notice than the item promises.
    /// </summary>
    public DateOnly AnnounceReview(ReviewTerms terms, DateOnly on)
    {
        var due = terms.DueOn(ReviewFrom);
        var told = on.AddDays(terms.NoticeDays);
        ReviewDueOn = told > due ? told : due;
        return ReviewDueOn.Value;
    }

    /// <summary>The review was not done by the day the resident was told: no month is paid until it is.</summary>
    public void Suspend(DateOnly on)
    {
        if (Status != BenefitStatus.Active || ReviewDueOn is not { } due || on < due)
        {
            throw new DomainException(DomainErrorKind.Conflict, "not-due", "Only a paid benefit whose announced review date has passed is suspended.", "status");
        }

        Status = BenefitStatus.Suspended;
        StatusSince = on;
    }

    /// <summary>The grace period passed without a review: the benefit ends after the last month paid.</summary>
    public void End(Period lastPaid, DateOnly on)
    {
        if (Status != BenefitStatus.Suspended)
        {
            throw new DomainException(DomainErrorKind.Conflict, "not-suspended", "Only a suspended benefit ends for want of its review.", "status");
        }

        // Months already entered stay in the ledger; no batch pays one after the last month paid.
        LastPeriod = lastPaid.ToString();
        Status = BenefitStatus.Ended;
        StatusSince = on;
    }

    /// <summary>
    /// A policy officer pays a suspended benefit again (the review was done outside the system, the suspension was a
    /// mistake): the review counts from this day, as a late review's approval would.
    /// </summary>
    public void Reinstate(DateOnly on)
    {
        if (Status != BenefitStatus.Suspended)
        {
            throw new DomainException(DomainErrorKind.Conflict, "not-suspended", "Only a suspended benefit is reinstated; an ended one restarts with a new approval.", "itemCode");
        }

        Status = BenefitStatus.Active;
        StatusSince = on;
        ReviewFrom = on;
        ReviewDueOn = null;
    }

    private void Approve(Guid fileId, decimal monthlyAmount, decimal? ruleAmount, string? amountReason, DateOnly approvedOn)
    {
        FileId = fileId;
        MonthlyAmount = monthlyAmount;
        RuleAmount = ruleAmount;
        AmountReason = ReasonFor(monthlyAmount, ruleAmount, amountReason);
        ReviewFrom = approvedOn;
        ReviewDueOn = null;
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
}
