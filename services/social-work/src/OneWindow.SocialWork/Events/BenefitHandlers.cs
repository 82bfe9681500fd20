using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Events;

/// <summary>
/// Benefits from policy-law: an ended benefit is history for the silent-family rules and, for an assistance
/// item, a referral (one open referral per household and item); a scheduled payment means the benefit is in force.
/// </summary>
public sealed class BenefitHandlers(SocialWorkDbContext db, IOptions<SocialWorkOptions> options) :
    IIntegrationEventHandler<BenefitEnded>,
    IIntegrationEventHandler<DisbursementScheduled>
{
    public async Task HandleAsync(BenefitEnded ended, CancellationToken cancellationToken)
    {
        db.Observations.Add(new HouseholdObservation { Id = Guid.CreateVersion7(), HouseholdId = ended.HouseholdId, Kind = ObservationKind.BenefitEnded, At = ended.OccurredAt, ItemCode = ended.ItemCode });
        if (!options.Value.ReferralItems.Contains(ended.ItemCode)
            || await db.Referrals.AnyAsync(
                r => r.HouseholdId == ended.HouseholdId && r.Source == ReferralSource.BenefitEnded && r.ItemCode == ended.ItemCode && r.Status == ReferralStatus.Open,
                cancellationToken))
        {
            return;
        }

        var name = ended.ItemName ?? await ItemNames.NameAsync(db, ended.ItemCode, cancellationToken);
        var why = ended.Reason == BenefitEndReason.NotRenewed ? "到期未续办" : "不再符合条件";
        db.Referrals.Add(Referral.Receive(
            Guid.CreateVersion7(), ended.HouseholdId, ReferralSource.BenefitEnded, ended.ItemCode, null, $"{name}待遇终止（{why}）", "system:policy-law", ended.OccurredAt));
    }

    public Task HandleAsync(DisbursementScheduled scheduled, CancellationToken cancellationToken)
    {
        db.Observations.Add(new HouseholdObservation { Id = Guid.CreateVersion7(), HouseholdId = scheduled.HouseholdId, Kind = ObservationKind.BenefitPaid, At = scheduled.OccurredAt, ItemCode = scheduled.ItemCode });
        return Task.CompletedTask;
    }
}
