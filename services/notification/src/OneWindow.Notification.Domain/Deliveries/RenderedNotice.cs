namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>A notice as rendered for one recipient: the template it came from and its text.</summary>
public sealed record RenderedNotice(Guid TemplateId, int TemplateVersion, bool CentreWording, string Locale, string Title, string Body);
