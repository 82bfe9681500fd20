using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Templates;

namespace OneWindow.Notification.Events;

/// <summary>
/// What staff must know, in their inbox: deadlines about to be missed (the reviewer for first review, the policy
/// officers for approval), deadlines missed (and their heads), payslips issued.
/// </summary>
public sealed class StaffNoticeHandlers(Notify notify) :
    IIntegrationEventHandler<ReviewDeadlineWarning>,
    IIntegrationEventHandler<ReviewOverdue>,
    IIntegrationEventHandler<ApprovalDeadlineWarning>,
    IIntegrationEventHandler<ApprovalOverdue>,
    IIntegrationEventHandler<PayslipIssued>
{
    private const string FirstReview = "初审";
    private const string Approval = "审批";

    public Task HandleAsync(ReviewDeadlineWarning warning, CancellationToken cancellationToken) =>
        DeadlineAsync(warning.Id, NotificationKinds.DeadlineWarning, [Recipient.Staff(warning.ReviewerStaffId)], warning.FileId, FirstReview, warning.Deadline, cancellationToken);

    public Task HandleAsync(ReviewOverdue overdue, CancellationToken cancellationToken) =>
        DeadlineAsync(overdue.Id, NotificationKinds.DeadlineOverdue, [Recipient.Staff(overdue.ReviewerStaffId), Recipient.Role(PlatformRoles.Head)], overdue.FileId, FirstReview, overdue.Deadline, cancellationToken);

    public Task HandleAsync(ApprovalDeadlineWarning warning, CancellationToken cancellationToken) =>
        DeadlineAsync(warning.Id, NotificationKinds.DeadlineWarning, [Recipient.Role(PlatformRoles.PolicyOfficer)], warning.FileId, Approval, warning.Deadline, cancellationToken);

    public Task HandleAsync(ApprovalOverdue overdue, CancellationToken cancellationToken) =>
        DeadlineAsync(overdue.Id, NotificationKinds.DeadlineOverdue, [Recipient.Role(PlatformRoles.PolicyOfficer), Recipient.Role(PlatformRoles.Head)], overdue.FileId, Approval, overdue.Deadline, cancellationToken);

    public async Task HandleAsync(PayslipIssued issued, CancellationToken cancellationToken) =>
        await notify.StaffAsync(issued.Id, NotificationKinds.PayslipReady, Recipient.Staff(issued.StaffId), null, (await notify.ValuesAsync(cancellationToken)).Text("month", issued.Month), cancellationToken);

    private async Task DeadlineAsync(Guid sourceId, string kind, Recipient[] recipients, Guid fileId, string stage, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients)
        {
            var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", fileId.ToString()).Text("stage", stage).Instant("deadline", deadline);
            await notify.StaffAsync(sourceId, kind, recipient, fileId, values, cancellationToken);
        }
    }
}
