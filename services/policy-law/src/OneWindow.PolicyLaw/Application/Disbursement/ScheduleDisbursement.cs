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
/// approver sees —, and a disbursement-scheduled event. Approving twice schedules once. Another approval of the item for
/// a household that has a schedule is its review: the schedule is renewed (reinstated when suspended, restarted this
/// month when ended). Either way the household holds the benefit: benefit-granted.
/// </summary>
public sealed class ScheduleDisbursement(PolicyLawDbContext db, BenefitAmount benefit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task OnApprovalAsync(DomainCase approval, decimal? statedAmount, string? amountReason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (monthly, byRule) = await benefit.OfAsync(approval, cancellationToken);
        if (!monthly || approval.HouseholdId is not { } household)
        {
            return;
        }

        var existing = await db.DisbursementSchedules.SingleOrDefaultAsync(s => s.HouseholdId == household && s.ItemCode == approval.ItemCode, cancellationToken);
        if (existing?.FileId == approval.FileId)
        {
            return;
        }

        var amount = statedAmount ?? byRule ?? throw new DomainException(DomainErrorKind.RuleViolated, "facts-missing",
            "This household's facts are not on record: state the monthly amount.", "monthlyAmount");
        var today = ChinaTime.Today(clock);
        // Paid from the month of approval: the household has waited through the review already.
        var first = Period.Of(today);
        var centre = tenant.RequireCentre();
        var schedule = existing ?? DisbursementSchedule.Start(household, approval.ItemCode, approval.FileId, first, amount, byRule, amountReason, now, today);
        // A schedule paid from this month on is news to the ledger's readers; a renewal that keeps paying is not.
        var startsPaying = existing is null || existing.Status == BenefitStatus.Ended;
        if (existing is null)
        {
            db.DisbursementSchedules.Add(schedule);
        }
        else
        {
            existing.Renew(approval.FileId, first, amount, byRule, amountReason, today);
        }

        if (startsPaying)
        {
            outbox.Add(new DisbursementScheduled { OccurredAt = now, Tenant = centre, HouseholdId = household, ItemCode = approval.ItemCode, Period = first.ToString(), Amount = amount });
        }

        outbox.Add(new BenefitGranted { OccurredAt = now, Tenant = centre, HouseholdId = household, ItemCode = approval.ItemCode, FileId = approval.FileId, MonthlyAmount = amount });
    }
}
