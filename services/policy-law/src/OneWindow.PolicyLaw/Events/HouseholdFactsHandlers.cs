using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.Persistence.ReadModels;

namespace OneWindow.PolicyLaw.Events;

/// <summary>
/// Keeps the eligibility facts of households as intake reports them (no personal data travels). Only
/// household-changed is heard: intake publishes it with every change, carrying the household's facts, while
/// resident-registered carries the facts as seen from one member (that member's age), which are not the
/// household's. Events are redelivered and come out of order, so a report older than the facts held changes nothing.
/// </summary>
public sealed class HouseholdFactsHandlers(PolicyLawDbContext db, IOptions<PolicyLawOptions> options) :
    IIntegrationEventHandler<HouseholdChanged>
{
    public async Task HandleAsync(HouseholdChanged changed, CancellationToken cancellationToken)
    {
        var record = await db.HouseholdFacts.SingleOrDefaultAsync(f => f.HouseholdId == changed.HouseholdId, cancellationToken);
        if (record is null)
        {
            record = new HouseholdFactsRecord { HouseholdId = changed.HouseholdId };
            db.HouseholdFacts.Add(record);
        }
        else if (record.FactsAt > changed.OccurredAt)
        {
            return;
        }

        var facts = changed.Facts;
        record.Age = facts.AgeYears;
        record.LocalHukou = facts.HukouDistrict is null ? null : facts.HukouDistrict == options.Value.DistrictRegionCode;
        record.HouseholdSize = facts.HouseholdSize;
        record.PerCapitaIncome = facts.PerCapitaMonthlyIncome;
        record.DisabilityGrade = facts.DisabilityGrade ?? 0;
        record.RecordBenefitsHeld(facts.BenefitsHeld);
        record.FactsAt = changed.OccurredAt;
    }
}
