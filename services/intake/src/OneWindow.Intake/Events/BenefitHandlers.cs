using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Intake.Application.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;

namespace OneWindow.Intake.Events;

/// <summary>
/// policy-law's decisions on a household's benefits (granted or renewed on approval, ended when not renewed) kept in
/// the household's benefits held, which eligibility rules read (<c>Holds("dibao")</c>), with the household's facts
/// published again (household-changed) so every copy follows. A decision heard twice changes nothing the second time.
/// </summary>
public sealed class BenefitHandlers(IntakeDbContext db, ResidentRegister register, IOutbox outbox, TimeProvider clock) :
    IIntegrationEventHandler<BenefitGranted>,
    IIntegrationEventHandler<BenefitEnded>
{
    public Task HandleAsync(BenefitGranted granted, CancellationToken cancellationToken) =>
        HoldAsync(granted, granted.HouseholdId, granted.ItemCode, held: true, cancellationToken);

    public Task HandleAsync(BenefitEnded ended, CancellationToken cancellationToken) =>
        HoldAsync(ended, ended.HouseholdId, ended.ItemCode, held: false, cancellationToken);

    private async Task HoldAsync(IntegrationEvent decision, Guid householdId, string itemCode, bool held, CancellationToken cancellationToken)
    {
        // Not a household of this centre's register (row-level security hides the others): nothing to keep here.
        // The facts are published as of now: they are the household's latest, whenever the decision was taken.
        var now = clock.GetUtcNow();
        if (await db.Households.FindAsync([householdId], cancellationToken) is not { } household
            || !household.HoldBenefit(itemCode, held, now))
        {
            return;
        }

        var members = await register.MembersAsync(household.Id, cancellationToken);
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = decision.Tenant, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = register.Facts(household, members) });
    }
}
