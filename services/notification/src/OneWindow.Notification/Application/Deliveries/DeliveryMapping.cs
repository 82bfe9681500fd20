using OneWindow.Common.Privacy;
using OneWindow.Notification.Domain.Deliveries;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Deliveries;

internal static class DeliveryMapping
{
    public static Contract.Delivery ToContract(Delivery delivery, PersonalDataProtector protector) => new()
    {
        DeliveryId = delivery.Id.ToString(),
        Kind = delivery.Kind,
        RecipientKind = delivery.RecipientKind.ToString().ToLowerInvariant(),
        RecipientId = delivery.RecipientId,
        Channel = ChannelMapping.ToContract(delivery.Channel),
        Status = (Contract.DeliveryStatus)((int)delivery.Status + 1),
        Title = delivery.Title,
        Body = delivery.Body,
        Attempts = delivery.Attempts,
        NextAttemptAt = delivery.Status == DeliveryStatus.Queued ? Wire.Instant(delivery.NextAttemptAt) : string.Empty,
        LastError = delivery.LastError ?? string.Empty,
        Address = delivery.AddressProtected is { } address ? Masking.Phone(protector.Unprotect(address, PersonalDataPurposes.SmsAddress)) : string.Empty,
        ProviderMessageId = delivery.ProviderMessageId ?? string.Empty,
        FileId = delivery.FileId?.ToString() ?? string.Empty,
        LegallyRequired = delivery.LegallyRequired,
        Sequence = delivery.Sequence,
        ResentFrom = delivery.ResentFrom?.ToString() ?? string.Empty,
        CreatedAt = Wire.Instant(delivery.CreatedAt),
        SentAt = Wire.Instant(delivery.SentAt),
        DeliveredAt = Wire.Instant(delivery.DeliveredAt),
        FailedAt = Wire.Instant(delivery.FailedAt),
        TemplateVersion = delivery.TemplateVersion,
        CentreWording = delivery.CentreWording,
        SourceId = delivery.SourceId.ToString(),
    };
}
