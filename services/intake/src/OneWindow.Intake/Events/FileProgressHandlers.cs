using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;

namespace OneWindow.Intake.Events;

/// <summary>
/// What review and approval decided about intake's files: returns for supplement (counted, with what to
/// bring), passes, and completion (办结) by approval or rejection, or by first review's pass of an item that needs no
/// approval (announced as application-completed), which starts the clock of periodic items; and the
/// promised date moved when review counted a provisional deadline again on a calendar year the district loaded.
/// </summary>
public sealed class FileProgressHandlers(IntakeDbContext db, IOutbox outbox) :
    IIntegrationEventHandler<ApplicationReviewed>,
    IIntegrationEventHandler<ApplicationApproved>,
    IIntegrationEventHandler<ApplicationRejected>,
    IIntegrationEventHandler<FileDeadlineChanged>
{
    public async Task HandleAsync(ApplicationReviewed reviewed, CancellationToken cancellationToken)
    {
        if (await FindAsync(reviewed.FileId, cancellationToken) is not { } file)
        {
            return;
        }

        switch (reviewed.Outcome)
        {
            case ReviewOutcome.Returned when file.ReturnCount < reviewed.ReturnRound || file.Status != FileStatus.Returned:
                file.ReturnForSupplement(reviewed.MissingMaterialCodes);
                break;
            case ReviewOutcome.Passed when reviewed.Completed:
                // First review finished a file of an item that needs no approval: announced as any completion is.
                if (file.Complete(CompletionOutcome.Granted, reviewed.ReviewerStaffId, reviewed.OccurredAt))
                {
                    outbox.Add(new ApplicationCompleted
                    {
                        OccurredAt = reviewed.OccurredAt,
                        Tenant = reviewed.Tenant,
                        FileId = file.Id,
                        ItemCode = file.ItemCode,
                        Outcome = CompletionOutcome.Granted,
                        CompletedByStaffId = reviewed.ReviewerStaffId,
                    });
                }

                break;
            case ReviewOutcome.Passed:
                file.PassReview();
                break;
            case ReviewOutcome.Rejected:
                file.Complete(CompletionOutcome.Rejected, reviewed.ReviewerStaffId, reviewed.OccurredAt);
                break;
        }
    }

    public async Task HandleAsync(ApplicationApproved approved, CancellationToken cancellationToken) =>
        (await FindAsync(approved.FileId, cancellationToken))?.Complete(CompletionOutcome.Granted, approved.ApproverStaffId, approved.OccurredAt);

    public async Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken) =>
        (await FindAsync(rejected.FileId, cancellationToken))?.Complete(CompletionOutcome.Rejected, rejected.ApproverStaffId, rejected.OccurredAt);

    public async Task HandleAsync(FileDeadlineChanged changed, CancellationToken cancellationToken) =>
        (await FindAsync(changed.FileId, cancellationToken))?.MoveStatutoryDeadline(changed.Deadline, changed.Provisional);

    private Task<ApplicationFile?> FindAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Files.SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
}
