namespace OneWindow.Notification.Channels;

/// <summary>One text message: our delivery id (the provider's idempotency reference), the number and the text.</summary>
public sealed record SmsMessage(Guid Reference, string Phone, string Text);
