using OneWindow.Common.Errors;
using OneWindow.Notification.Domain;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application;

/// <summary>Channels between the domain and the contract, for every area that names one (templates, deliveries, kinds).</summary>
public static class ChannelMapping
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
}
