using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Domain.Eligibility;
using OneWindow.PolicyLaw.Persistence;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;
using HouseholdFacts = OneWindow.PolicyLaw.Domain.Eligibility.HouseholdFacts;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// On approval of a benefit item (one whose version has a monthly amount rule) for a household: a
/// schedule from next month on, at the amount the rule gives for the household's facts on record (or
/// the amount the officer states), and a disbursement-scheduled event. Approving twice schedules once.
/// </summary>
public sealed class ScheduleDisbursement(PolicyLawDbContext db, CatalogueReader catalogue, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task OnApprovalAsync(DomainCase approval, decimal? statedAmount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await catalogue.FindAsync(approval.ItemCode, cancellationToken);
        var version = item.Version(approval.ItemVersion);
        if (version.Terms.MonthlyAmountRule is not { } rule || approval.HouseholdId is not { } household)
        {
            return;
        }

        if (await db.DisbursementSchedules.AnyAsync(s => s.HouseholdId == household && s.ItemCode == approval.ItemCode, cancellationToken))
        {
            return;
        }

        var amount = statedAmount ?? AmountRule.Compile(rule).Evaluate(await FactsOfAsync(household, cancellationToken));
        // Paid from the month of approval: the household has waited through the review already.
        var first = Period.Of(ChinaTime.Today(clock));
        db.DisbursementSchedules.Add(DisbursementSchedule.Start(household, approval.ItemCode, approval.FileId, first, amount, now));
        outbox.Add(new DisbursementScheduled
        {
            OccurredAt = now,
            Tenant = tenant.RequireCentre(),
            HouseholdId = household,
            ItemCode = approval.ItemCode,
            Period = first.ToString(),
            Amount = amount,
        });
    }

    private async Task<HouseholdFacts> FactsOfAsync(Guid household, CancellationToken cancellationToken)
    {
        var record = await db.HouseholdFacts.AsNoTracking().SingleOrDefaultAsync(f => f.HouseholdId == household, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.RuleViolated, "facts-missing",
                "This household's facts are not on record: state the monthly amount.", "monthlyAmount");
        return new HouseholdFacts
        {
            Age = record.Age,
            LocalHukou = record.LocalHukou,
            HouseholdSize = record.HouseholdSize,
            PerCapitaIncome = record.PerCapitaIncome,
            DisabilityGrade = record.DisabilityGrade,
            Benefits = record.Benefits,
        };
    }
}
