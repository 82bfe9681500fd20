namespace OneWindow.Notification.Channels;

/// <summary>
/// One text message: our delivery id (sent as the provider's session context, which it echoes), the number, and the
/// provider's template with its parameters in order.
/// </summary>
public sealed record SmsMessage(Guid Reference, string Phone, string TemplateId, IReadOnlyList<string> Parameters);
