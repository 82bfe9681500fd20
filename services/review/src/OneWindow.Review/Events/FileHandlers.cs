using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Domain.Assignment;
using OneWindow.Review.Domain.Deadlines;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using OneWindow.WorkingCalendar;

namespace OneWindow.Review.Events;

/// <summary>
/// Files from intake and their fate in approval. A routed or joint file accepted at the window is
/// assigned at once; a supplement restarts its clock; approval completes it or sends it back. An event
/// about a file review does not hold is retried (it may be overtaking its acceptance) and then
/// dead-lettered by the transport, never blocking the stream; a repeated fact is recorded and ignored.
/// </summary>
public sealed class FileHandlers(ReviewDbContext db, Assignments assignments, IWorkingCalendar calendar, IAuditTrail audit, ITenantContext tenant) :
    IIntegrationEventHandler<ApplicationAccepted>,
    IIntegrationEventHandler<SupplementReceived>,
    IIntegrationEventHandler<ApplicationApproved>,
    IIntegrationEventHandler<ApplicationRejected>,
    IIntegrationEventHandler<ApplicationReturnedByApproval>
{
    public async Task HandleAsync(ApplicationAccepted accepted, CancellationToken cancellationToken)
    {
        // Instant items are finished at the window: nothing comes to the back office.
        if (accepted.Kind == ItemKind.Instant || accepted.StatutoryDeadline is not { } deadline)
        {
            return;
        }

        if (tenant.Current.CentreCode is null)
        {
            throw new PoisonEventException($"File {accepted.FileId} was accepted at no centre.");
        }

        if (await db.Files.AnyAsync(f => f.FileId == accepted.FileId, cancellationToken))
        {
            return;
        }

        var workingDays = await calendar.CurrentAsync(cancellationToken);
        var effort = ItemEffort.Of(accepted.Kind, DeadlineClock.TimeLimitOf(accepted.OccurredAt, deadline, workingDays));
        var file = ReviewFile.Accept(
            accepted.FileId, accepted.ItemCode, accepted.ItemVersion, accepted.Kind, accepted.ResidentId, accepted.HouseholdId,
            accepted.AcceptingClerkStaffId, accepted.OccurredAt, deadline, effort);
        file.CheckDeadlineAgainst(workingDays);
        db.Files.Add(file);
        await assignments.LockCentreAsync(cancellationToken);
        assignments.AssignByRule(file, await assignments.SnapshotAsync(cancellationToken), alertIfNobody: true);
    }

    public async Task HandleAsync(SupplementReceived received, CancellationToken cancellationToken)
    {
        var file = await FindAsync(received.FileId, cancellationToken);
        if (!file.ReceiveSupplement(received.ReturnRound, received.MaterialCodes, received.OccurredAt, await calendar.CurrentAsync(cancellationToken)))
        {
            audit.Record(new AuditEntry("ignore-supplement", "file", file.FileId.ToString(), $"round {received.ReturnRound} does not answer the file's state ({file.Status}, {file.Returns} returns)"));
            return;
        }

        audit.Record(new AuditEntry("resume-clock", "file", file.FileId.ToString(), $"补正第{received.ReturnRound}次：{string.Join(",", received.MaterialCodes)}；期限 {Wire.Instant(file.Deadline)}"));
        await EnsureHolderAsync(file, cancellationToken);
    }

    public async Task HandleAsync(ApplicationApproved approved, CancellationToken cancellationToken) =>
        Completed(await FindAsync(approved.FileId, cancellationToken), $"approved by {approved.ApproverStaffId}");

    public async Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken) =>
        Completed(await FindAsync(rejected.FileId, cancellationToken), $"rejected by {rejected.ApproverStaffId}: {rejected.Reason}");

    public async Task HandleAsync(ApplicationReturnedByApproval returned, CancellationToken cancellationToken)
    {
        var file = await FindAsync(returned.FileId, cancellationToken);
        if (!file.ReturnFromApproval(returned.Reason, returned.OccurredAt))
        {
            audit.Record(new AuditEntry("ignore-approval-return", "file", file.FileId.ToString(), $"the file is {file.Status}, not with approval"));
            return;
        }

        audit.Record(new AuditEntry("returned-by-approval", "file", file.FileId.ToString(), $"{returned.ApproverStaffId}: {returned.Reason}"));
        await EnsureHolderAsync(file, cancellationToken);
    }

    private void Completed(ReviewFile file, string how) =>
        audit.Record(file.Complete()
            ? new AuditEntry("complete", "file", file.FileId.ToString(), how)
            : new AuditEntry("ignore-completion", "file", file.FileId.ToString(), $"{how}; the file is {file.Status}"));

    /// <summary>A file back in review goes to someone who is here: its holder if available, else by the rule.</summary>
    private async Task EnsureHolderAsync(ReviewFile file, CancellationToken cancellationToken)
    {
        await assignments.LockCentreAsync(cancellationToken);
        var roster = await assignments.SnapshotAsync(cancellationToken);
        if (file.ReviewerStaffId is null)
        {
            assignments.AssignByRule(file, roster, alertIfNobody: true);
        }
        else if (!roster.IsAvailable(file.ReviewerStaffId))
        {
            assignments.MoveByRule(file, roster, AssignmentReason.Leave, "承办人不在岗");
        }
    }

    private async Task<ReviewFile> FindAsync(Guid fileId, CancellationToken cancellationToken) =>
        await db.Files.SingleOrDefaultAsync(f => f.FileId == fileId, cancellationToken)
        ?? throw new UnknownFileException(fileId);
}
