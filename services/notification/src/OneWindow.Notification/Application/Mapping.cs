using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Domain.Templates;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application;

/// <summary>Between the domain and the contract.</summary>
public static class Mapping
{
    /// <summary>Channels as they appear in paths: <c>sms</c>, <c>app</c>, <c>staff-inbox</c>, <c>letter</c>.</summary>
    public static Channel Channel(string? text, string field = "channel") => text?.Trim().ToLowerInvariant() switch
    {
        "sms" => Domain.Channel.Sms,
        "app" => Domain.Channel.App,
        "staff-inbox" => Domain.Channel.StaffInbox,
        "letter" => Domain.Channel.Letter,
        _ => throw new DomainException(DomainErrorKind.Invalid, "unknown-channel", $"{field} is sms, app, staff-inbox or letter.", field),
    };

    public static Channel Channel(Contract.Channel channel, string field = "channel") => channel switch
    {
        Contract.Channel.Sms => Domain.Channel.Sms,
        Contract.Channel.App => Domain.Channel.App,
        Contract.Channel.StaffInbox => Domain.Channel.StaffInbox,
        Contract.Channel.Letter => Domain.Channel.Letter,
        _ => throw new DomainException(DomainErrorKind.Invalid, "unknown-channel", $"{field} is required.", field),
    };

    public static Contract.Channel ToContract(Channel channel) => channel switch
    {
        Domain.Channel.Sms => Contract.Channel.Sms,
        Domain.Channel.App => Contract.Channel.App,
        Domain.Channel.StaffInbox => Contract.Channel.StaffInbox,
        _ => Contract.Channel.Letter,
    };

    public static Contract.Kind ToContract(NotificationKind kind)
    {
        var contract = new Contract.Kind
        {
            Code = kind.Code,
            Name = kind.Name,
            Audience = kind.Audience == Audience.Resident ? "resident" : "staff",
            LegallyRequired = kind.LegallyRequired,
        };
        contract.Channels.AddRange(kind.Channels.Select(ToContract));
        contract.Variables.AddRange(kind.Variables.Select(v => new Contract.Variable
        {
            Name = v.Name,
            Type = (Contract.VariableType)((int)v.Type + 1),
            Required = v.Required,
            Description = v.Description,
        }));
        return contract;
    }

    public static Contract.Template ToContract(Template template)
    {
        var contract = new Contract.Template
        {
            TemplateId = template.Id.ToString(),
            Kind = template.Kind,
            Channel = ToContract(template.Channel),
            Locale = template.Locale,
            Version = template.Version,
            Title = template.Title,
            Body = template.Body,
            CentreOverridesAllowed = template.CentreOverridesAllowed,
            SavedBy = template.SavedBy,
            SavedAt = Wire.Instant(template.SavedAt),
        };
        contract.Variables.AddRange(template.Variables);
        return contract;
    }

    public static Contract.Template ToContract(CentreTemplate template, string centre)
    {
        var contract = new Contract.Template
        {
            TemplateId = template.Id.ToString(),
            Kind = template.Kind,
            Channel = ToContract(template.Channel),
            Locale = template.Locale,
            Version = template.Version,
            Title = template.Title,
            Body = template.Body,
            Centre = centre,
            DistrictVersion = template.DistrictVersion,
            Withdrawn = template.Withdrawn,
            SavedBy = template.SavedBy,
            SavedAt = Wire.Instant(template.SavedAt),
        };
        contract.Variables.AddRange(template.Withdrawn ? [] : template.Syntax().Variables.Order(StringComparer.Ordinal));
        return contract;
    }

    public static Contract.Delivery ToContract(Delivery delivery, PersonalDataProtector protector) => new()
    {
        DeliveryId = delivery.Id.ToString(),
        Kind = delivery.Kind,
        RecipientKind = delivery.RecipientKind.ToString().ToLowerInvariant(),
        RecipientId = delivery.RecipientId,
        Channel = ToContract(delivery.Channel),
        Status = (Contract.DeliveryStatus)((int)delivery.Status + 1),
        Title = delivery.Title,
        Body = delivery.Body,
        Attempts = delivery.Attempts,
        NextAttemptAt = delivery.Status == DeliveryStatus.Queued ? Wire.Instant(delivery.NextAttemptAt) : string.Empty,
        LastError = delivery.LastError ?? string.Empty,
        Address = delivery.AddressProtected is { } address ? Masking.Phone(protector.Unprotect(address, DeliverySender.PhonePurpose)) : string.Empty,
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
