namespace OneWindow.Notification.Channels;

/// <summary>What the provider made of a message.</summary>
public abstract record SmsResult
{
    private SmsResult()
    {
    }

    /// <summary>Taken; <paramref name="Delivered"/> when the adapter knows it arrived (the local adapter), else a receipt follows.</summary>
    public sealed record Accepted(string MessageId, bool Delivered) : SmsResult;

    /// <summary>Worth trying again later: a timeout, a 5xx, a 429, the provider unreachable.</summary>
    public sealed record Transient(string Reason) : SmsResult;

    /// <summary>No retry will help: the provider refused this message (not a number, blacklisted, content).</summary>
    public sealed record Permanent(string Reason) : SmsResult;
}
