using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Inbox;

internal static class InboxMapping
{
    public static Contract.InboxItem ToInboxItem(Delivery delivery) => new()
    {
        DeliveryId = delivery.Id.ToString(),
        Kind = delivery.Kind,
        Title = delivery.Title,
        Body = delivery.Body,
        FileId = delivery.FileId?.ToString() ?? string.Empty,
        ReceivedAt = Wire.Instant(delivery.CreatedAt),
        ReadAt = Wire.Instant(delivery.ReadAt),
        Role = delivery.RecipientKind == RecipientKind.Role ? delivery.RecipientId : string.Empty,
    };
}
