using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Persistence.ReadModels;

namespace OneWindow.Notification.Events;

/// <summary>
/// A joint file's wait, told to its resident: that it went to an outside department (外部会同) and by when that department
/// is to reply, then that it replied. A joint file waits on others for weeks; without this the resident learns why only by
/// coming to ask. Keyed on the event (the inbox), so a redelivered one tells nothing twice.
/// </summary>
public sealed class JointReviewHandlers(NotificationDbContext db, Notify notify, Catalogue catalogue) :
    IIntegrationEventHandler<JointRequestSent>,
    IIntegrationEventHandler<JointReplyReceived>
{
    public async Task HandleAsync(JointRequestSent sent, CancellationToken cancellationToken)
    {
        var file = await db.Files.KnownAsync(sent.FileId, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", await catalogue.NameAsync(file.ItemCode, cancellationToken))
            .Text("department", sent.OutsideDepartment).Date("reply_due", sent.ReplyDue);
        await notify.ResidentAsync(sent.Id, NotificationKinds.JointReviewSent, file.ResidentId, file.FileId, values, cancellationToken);
    }

    public async Task HandleAsync(JointReplyReceived received, CancellationToken cancellationToken)
    {
        var file = await db.Files.KnownAsync(received.FileId, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", await catalogue.NameAsync(file.ItemCode, cancellationToken)).Text("department", received.OutsideDepartment);
        await notify.ResidentAsync(received.Id, NotificationKinds.JointReviewReplied, file.ResidentId, file.FileId, values, cancellationToken);
    }
}
