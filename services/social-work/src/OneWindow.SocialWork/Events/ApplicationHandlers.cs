using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Events;

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
