using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// On approval of a benefit item (one whose version has a monthly amount rule) for a household: a
/// schedule from this month on, at the amount the rule gives for the household's facts on record, or
/// the amount the officer states — another than the rule's only with a reason, which the batch's
/// approver sees —, and a disbursement-scheduled event. Approving twice schedules once. An amount above
/// the item's limit is scheduled only once the director confirms it. Another approval of the item for
/// a household that has a schedule is its review: the schedule is renewed (reinstated when suspended, restarted this
/// month when ended). Either way the household holds the benefit: benefit-granted.
/// </summary>
public sealed class ScheduleDisbursement(PolicyLawDbContext db, BenefitAmount benefit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// The monthly amount an approval would pay, checked as a schedule checks it (a reason for another amount than the
    /// rule's); null when the file pays no benefit or this very approval has already scheduled it.
    /// </summary>
    public async Task<ApprovedBenefit?> AmountAsync(DomainCase approval, decimal? statedAmount, string? amountReason, CancellationToken cancellationToken)
    {
        var (monthly, byRule, confirmAbove) = await benefit.OfAsync(approval, cancellationToken);
        if (!monthly || approval.HouseholdId is not { } household)
        {
            return null;
        }

        if (await db.DisbursementSchedules.AnyAsync(s => s.HouseholdId == household && s.ItemCode == approval.ItemCode && s.FileId == approval.FileId, cancellationToken))
        {
            return null;
        }

        var amount = statedAmount ?? byRule ?? throw new DomainException(DomainErrorKind.RuleViolated, "facts-missing",
            "This household's facts are not on record: state the monthly amount.", "monthlyAmount");
        return new ApprovedBenefit(amount, byRule, DisbursementSchedule.ReasonFor(amount, byRule, amountReason), confirmAbove is { } limit && amount > limit);
    }

    /// <summary>
    /// Starts the schedule of an approved benefit from the month it is approved (or confirmed) in, or renews the
    /// household's schedule of the item; once per approval.
    /// </summary>
    public async Task StartAsync(DomainCase approval, ApprovedBenefit approved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var household = approval.HouseholdId ?? throw new InvalidOperationException("A benefit is approved for a household.");
        var existing = await db.DisbursementSchedules.SingleOrDefaultAsync(s => s.HouseholdId == household && s.ItemCode == approval.ItemCode, cancellationToken);
        if (existing?.FileId == approval.FileId)
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        // Paid from the month of approval: the household has waited through the review already.
        var first = Period.Of(today);
        var centre = tenant.RequireCentre();
        // A schedule paid from this month on is news to the ledger's readers; a renewal that keeps paying is not.
        var startsPaying = existing is null || existing.Status == BenefitStatus.Ended;
        if (existing is null)
        {
            db.DisbursementSchedules.Add(DisbursementSchedule.Start(household, approval.ItemCode, approval.FileId, first, approved.Amount, approved.RuleAmount, approved.Reason, now, today));
        }
        else
        {
            existing.Renew(approval.FileId, first, approved.Amount, approved.RuleAmount, approved.Reason, today);
        }

        if (startsPaying)
        {
            outbox.Add(new DisbursementScheduled { OccurredAt = now, Tenant = centre, HouseholdId = household, ItemCode = approval.ItemCode, Period = first.ToString(), Amount = approved.Amount });
        }

        outbox.Add(new BenefitGranted { OccurredAt = now, Tenant = centre, HouseholdId = household, ItemCode = approval.ItemCode, FileId = approval.FileId, MonthlyAmount = approved.Amount });
    }
}
