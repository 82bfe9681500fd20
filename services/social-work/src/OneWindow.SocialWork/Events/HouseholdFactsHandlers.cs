using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Events;

/// <summary>
/// Keeps the households read model from intake's events (facts only, no personal data) and the history the
/// silent-family rules read: every report of facts (with the income then), and a benefit that vanished from
/// the facts as a benefit ended. An event older than the facts already held adds history but changes nothing.
/// </summary>
public sealed class HouseholdFactsHandlers(SocialWorkDbContext db) :
    IIntegrationEventHandler<ResidentRegistered>,
    IIntegrationEventHandler<ResidentUpdated>,
    IIntegrationEventHandler<HouseholdChanged>
{
    public Task HandleAsync(ResidentRegistered registered, CancellationToken cancellationToken) =>
        RecordAsync(registered.HouseholdId, registered.Facts, members => members.Contains(registered.ResidentId) ? members : [.. members, registered.ResidentId], registered.OccurredAt, cancellationToken);

    public Task HandleAsync(ResidentUpdated updated, CancellationToken cancellationToken) =>
        RecordAsync(updated.HouseholdId, updated.Facts, members => members.Contains(updated.ResidentId) ? members : [.. members, updated.ResidentId], updated.OccurredAt, cancellationToken);

    public Task HandleAsync(HouseholdChanged changed, CancellationToken cancellationToken) =>
        RecordAsync(changed.HouseholdId, changed.Facts, _ => [.. changed.MemberIds], changed.OccurredAt, cancellationToken);

    private async Task RecordAsync(Guid householdId, EligibilityFacts facts, Func<List<Guid>, List<Guid>> members, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Observations.Add(new HouseholdObservation
        {
            Id = Guid.CreateVersion7(), HouseholdId = householdId, Kind = ObservationKind.FactsReported, At = at, PerCapitaIncome = facts.PerCapitaMonthlyIncome,
        });
        var household = await db.Households.SingleOrDefaultAsync(h => h.HouseholdId == householdId, cancellationToken);
        if (household is null)
        {
            household = new HouseholdRecord { HouseholdId = householdId, FirstSeenAt = at, FactsAt = DateTimeOffset.MinValue };
            db.Households.Add(household);
        }
        else if (household.FactsAt > at)
        {
            return;
        }
        else
        {
            foreach (var ended in household.Benefits.Except(facts.BenefitsHeld, StringComparer.Ordinal))
            {
                db.Observations.Add(new HouseholdObservation { Id = Guid.CreateVersion7(), HouseholdId = householdId, Kind = ObservationKind.BenefitEnded, At = at, ItemCode = ended });
            }
        }

        household.HeadAge = facts.AgeYears;
        household.HukouDistrict = facts.HukouDistrict;
        household.HouseholdSize = facts.HouseholdSize;
        household.PerCapitaIncome = facts.PerCapitaMonthlyIncome;
        household.DisabilityGrade = facts.DisabilityGrade;
        household.Benefits = [.. facts.BenefitsHeld.Order(StringComparer.Ordinal)];
        household.MemberIds = members(household.MemberIds);
        household.FactsAt = at;
    }
}
