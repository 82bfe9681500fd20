namespace OneWindow.Notification.Channels;

/// <summary>The SMS port: one adapter runs, chosen by <c>Notification:Sms:Channel</c>.</summary>
public interface ISmsChannel
{
    Task<SmsResult> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
