using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.Persistence.ReadModels;

namespace OneWindow.PolicyLaw.Events;

/// <summary>Keeps the eligibility facts of households as intake reports them (no personal data travels).</summary>
public sealed class HouseholdFactsHandlers(PolicyLawDbContext db, IOptions<PolicyLawOptions> options, TimeProvider clock) :
    IIntegrationEventHandler<ResidentRegistered>,
    IIntegrationEventHandler<HouseholdChanged>
{
    public Task HandleAsync(ResidentRegistered registered, CancellationToken cancellationToken) =>
        RecordAsync(registered.HouseholdId, registered.Facts, cancellationToken);

    public Task HandleAsync(HouseholdChanged changed, CancellationToken cancellationToken) =>
        RecordAsync(changed.HouseholdId, changed.Facts, cancellationToken);

    private async Task RecordAsync(Guid householdId, EligibilityFacts facts, CancellationToken cancellationToken)
    {
        var record = await db.HouseholdFacts.SingleOrDefaultAsync(f => f.HouseholdId == householdId, cancellationToken);
        if (record is null)
        {
            record = new HouseholdFactsRecord { HouseholdId = householdId };
            db.HouseholdFacts.Add(record);
        }

        record.Age = facts.AgeYears;
        record.LocalHukou = facts.HukouDistrict is null ? null : facts.HukouDistrict == options.Value.DistrictRegionCode;
        record.HouseholdSize = facts.HouseholdSize;
        record.PerCapitaIncome = facts.PerCapitaMonthlyIncome;
        record.DisabilityGrade = facts.DisabilityGrade ?? 0;
        record.RecordBenefitsHeld(facts.BenefitsHeld);
        record.UpdatedAt = clock.GetUtcNow();
    }
}
