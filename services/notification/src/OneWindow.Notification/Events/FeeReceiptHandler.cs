using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Persistence.ReadModels;

namespace OneWindow.Notification.Events;

/// <summary>
/// A fee paid at the window, receipted to the file's resident (SMS and app, by their preference): the amount and the
/// receipt number, so a paper receipt lost is no second trip, and a payment the resident never made is noticed at once.
/// Keyed on the event (the inbox), so a redelivered one receipts nothing twice.
/// </summary>
public sealed class FeeReceiptHandler(NotificationDbContext db, Notify notify, Catalogue catalogue) : IIntegrationEventHandler<FeePaid>
{
    public async Task HandleAsync(FeePaid paid, CancellationToken cancellationToken)
    {
        // A fee waived (减免) is no money taken: nothing to receipt.
        if (paid.Method == PaymentMethod.Waived)
        {
            return;
        }

        var file = await db.Files.KnownAsync(paid.FileId, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", await catalogue.NameAsync(file.ItemCode, cancellationToken))
            .Money("amount", paid.Amount).Text("receipt_number", paid.ReceiptNumber);
        await notify.ResidentAsync(paid.Id, NotificationKinds.FeeReceipt, file.ResidentId, file.FileId, values, cancellationToken);
    }
}
