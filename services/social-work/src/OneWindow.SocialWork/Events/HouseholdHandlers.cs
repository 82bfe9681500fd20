using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

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

/// <summary>
/// Applications and their rejection. intake's acceptance tells which household a file is for (and that the
/// household came to a window: a contact); a rejection names only the file. A file is rejected either at first
/// review (application-reviewed, outcome rejected: the file ends there) or at approval by policy-law. A rejection
/// of an assistance item refers the household to social work, once per file, whichever event comes first.
/// </summary>
public sealed class ApplicationHandlers(SocialWorkDbContext db, IOptions<SocialWorkOptions> options) :
    IIntegrationEventHandler<ApplicationAccepted>,
    IIntegrationEventHandler<ApplicationReviewed>,
    IIntegrationEventHandler<ApplicationRejected>
{
    public async Task HandleAsync(ApplicationAccepted accepted, CancellationToken cancellationToken)
    {
        var file = await db.Files.SingleOrDefaultAsync(f => f.FileId == accepted.FileId, cancellationToken);
        if (file is null)
        {
            file = new ApplicationFileRecord { FileId = accepted.FileId, ItemCode = accepted.ItemCode };
            db.Files.Add(file);
        }

        file.HouseholdId = accepted.HouseholdId;
        file.ResidentId = accepted.ResidentId;
        file.AcceptedAt = accepted.OccurredAt;
        db.Observations.Add(new HouseholdObservation { Id = Guid.CreateVersion7(), HouseholdId = accepted.HouseholdId, Kind = ObservationKind.Contact, At = accepted.OccurredAt, ItemCode = accepted.ItemCode });
        if (file.RejectedAt is { } rejectedAt)
        {
            await RejectedAsync(file, accepted.HouseholdId, rejectedAt, cancellationToken);
        }
    }

    public Task HandleAsync(ApplicationReviewed reviewed, CancellationToken cancellationToken) =>
        reviewed.Outcome == ReviewOutcome.Rejected
            ? RejectionAsync(reviewed.FileId, reviewed.ItemCode, reviewed.OccurredAt, reviewed.Reason ?? "初审不予通过", cancellationToken)
            : Task.CompletedTask;

    public Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken) =>
        RejectionAsync(rejected.FileId, rejected.ItemCode, rejected.OccurredAt, rejected.Reason, cancellationToken);

    private async Task RejectionAsync(Guid fileId, string itemCode, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        var file = await db.Files.SingleOrDefaultAsync(f => f.FileId == fileId, cancellationToken);
        if (file is null)
        {
            // The acceptance has not arrived yet: the rejection waits for it.
            db.Files.Add(new ApplicationFileRecord { FileId = fileId, ItemCode = itemCode, RejectedAt = at, RejectionReason = reason });
            return;
        }

        file.RejectedAt = at;
        file.RejectionReason = reason;
        if (file.HouseholdId is { } householdId)
        {
            await RejectedAsync(file, householdId, at, cancellationToken);
        }
    }

    private async Task RejectedAsync(ApplicationFileRecord file, Guid householdId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Observations.Add(new HouseholdObservation { Id = Guid.CreateVersion7(), HouseholdId = householdId, Kind = ObservationKind.ApplicationRejected, At = at, ItemCode = file.ItemCode });
        if (!options.Value.ReferralItems.Contains(file.ItemCode) || await db.Referrals.AnyAsync(r => r.FileId == file.FileId, cancellationToken))
        {
            return;
        }

        var name = await ItemNames.NameAsync(db, file.ItemCode, cancellationToken);
        db.Referrals.Add(Referral.Receive(
            Guid.CreateVersion7(), householdId, ReferralSource.ApplicationRejected, file.ItemCode, file.FileId,
            $"{name}被驳回：{file.RejectionReason}", "system", at));
    }
}

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

        var name = await ItemNames.NameAsync(db, ended.ItemCode, cancellationToken);
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

/// <summary>The Chinese name of each catalogue item, from policy-law's catalogue events (the latest version's).</summary>
public sealed class CatalogueHandler(SocialWorkDbContext db) : IIntegrationEventHandler<CatalogueItemPublished>
{
    public async Task HandleAsync(CatalogueItemPublished published, CancellationToken cancellationToken)
    {
        var item = await db.Catalogue.SingleOrDefaultAsync(i => i.ItemCode == published.ItemCode, cancellationToken);
        if (item is null)
        {
            db.Catalogue.Add(new CatalogueItemRecord { ItemCode = published.ItemCode, Version = published.Version, Name = published.Name });
        }
        else if (item.Version <= published.Version)
        {
            item.Version = published.Version;
            item.Name = published.Name;
        }
    }
}

internal static class ItemNames
{
    public static async Task<string> NameAsync(SocialWorkDbContext db, string itemCode, CancellationToken cancellationToken) =>
        await db.Catalogue.AsNoTracking().Where(i => i.ItemCode == itemCode).Select(i => i.Name).SingleOrDefaultAsync(cancellationToken) ?? itemCode;
}
