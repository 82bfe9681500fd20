namespace OneWindow.Notification.Domain;

/// <summary>Who a notice is for: a resident (by id), a member of staff (by staff id) or every holder of a role in the centre.</summary>
public enum RecipientKind
{
    Resident,
    Staff,
    Role,
}
