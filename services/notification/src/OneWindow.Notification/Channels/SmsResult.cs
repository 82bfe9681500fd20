namespace OneWindow.Notification.Channels;

/// <summary>What the provider made of a message.</summary>
public abstract record SmsResult
{
    private SmsResult()
    {
    }

    /// <summary>Taken under the provider's serial number; its status report says later whether it arrived.</summary>
    public sealed record Accepted(string MessageId) : SmsResult;

    /// <summary>Worth trying again later: a timeout, throttling, the provider's internal error, the provider unreachable.</summary>
    public sealed record Transient(string Reason) : SmsResult;

    /// <summary>No retry will help: the provider refused this message (not a number, blacklisted, content, no template).</summary>
    public sealed record Permanent(string Reason) : SmsResult;
}
