using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Events;

/// <summary>
/// First review's hand-offs, in staff inboxes: the reviewer a file was given to (it may come from a colleague on leave,
/// not only from the counter), and the first-review head when a file has nobody to take it or an outside department
/// has not replied in time. Each notice is keyed on its event, so a redelivered event adds nothing (the inbox).
/// </summary>
public sealed class ReviewAlertHandlers(NotificationDbContext db, Notify notify, Catalogue catalogue) :
    IIntegrationEventHandler<ApplicationAssigned>,
    IIntegrationEventHandler<ApplicationReassigned>,
    IIntegrationEventHandler<ApplicationUnassigned>,
    IIntegrationEventHandler<JointReplyOverdue>
{
    public async Task HandleAsync(ApplicationAssigned assigned, CancellationToken cancellationToken)
    {
        var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", assigned.FileId.ToString()).Text("how", How(assigned.Reason));
        await notify.StaffAsync(assigned.Id, NotificationKinds.FileAssigned, Recipient.Staff(assigned.ReviewerStaffId), assigned.FileId, values, cancellationToken);
    }

    public async Task HandleAsync(ApplicationReassigned reassigned, CancellationToken cancellationToken)
    {
        var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", reassigned.FileId.ToString()).Text("how", How(reassigned.Reason))
            .Text("previous_reviewer", reassigned.PreviousReviewerStaffId);
        await notify.StaffAsync(reassigned.Id, NotificationKinds.FileAssigned, Recipient.Staff(reassigned.ReviewerStaffId), reassigned.FileId, values, cancellationToken);
    }

    public async Task HandleAsync(ApplicationUnassigned unassigned, CancellationToken cancellationToken)
    {
        var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", unassigned.FileId.ToString())
            .Text("item_name", await catalogue.NameAsync(unassigned.ItemCode, cancellationToken))
            .Text("previous_reviewer", unassigned.PreviousReviewerStaffId);
        await notify.StaffAsync(unassigned.Id, NotificationKinds.FileUnassigned, await HeadAsync(unassigned.HeadStaffId, cancellationToken), unassigned.FileId, values, cancellationToken);
    }

    public async Task HandleAsync(JointReplyOverdue overdue, CancellationToken cancellationToken)
    {
        var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", overdue.FileId.ToString()).Text("department", overdue.OutsideDepartment).Date("reply_due", overdue.ReplyDue);
        await notify.StaffAsync(overdue.Id, NotificationKinds.JointReplyOverdue, await HeadAsync(overdue.HeadStaffId, cancellationToken), overdue.FileId, values, cancellationToken);
    }

    public static string How(AssignmentReason reason) => reason switch
    {
        AssignmentReason.A => "A角承办",
        AssignmentReason.B => "B角顶岗",
        AssignmentReason.Load => "按工作量分派",
        AssignmentReason.Leave => "原承办人请假或离岗转办",
        _ => "科长手工分派",
    };

    /// <summary>
    /// The head review named; when its roster had none available, the first-review head of this centre's roster; when
    /// this roster has none either, every head of the centre, so the alert is never addressed to nobody.
    /// </summary>
    private async Task<Recipient> HeadAsync(string? named, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Recipient.Staff(named);
        }

        var heads = await db.Staff.AsNoTracking().Where(s => s.Active && s.Department == Department.FirstReview).ToListAsync(cancellationToken);
        var head = heads.Where(s => s.Roles.Contains(PlatformRoles.Head)).Select(s => s.StaffId).Order(StringComparer.Ordinal).FirstOrDefault();
        return head is null ? Recipient.Role(PlatformRoles.Head) : Recipient.Staff(head);
    }
}
