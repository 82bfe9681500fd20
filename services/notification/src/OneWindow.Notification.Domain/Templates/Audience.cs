namespace OneWindow.Notification.Domain.Templates;

/// <summary>Who a kind of notice is for.</summary>
public enum Audience
{
    Resident,
    Staff,
}
