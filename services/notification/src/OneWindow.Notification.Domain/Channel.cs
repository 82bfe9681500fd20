namespace OneWindow.Notification.Domain;

/// <summary>How a notice reaches its recipient. One port, several channels (issue 9).</summary>
public enum Channel
{
    /// <summary>Text message to the resident's mobile phone, through the SMS provider.</summary>
    Sms,

    /// <summary>The resident's in-app inbox (residents' app, 随申办-style).</summary>
    App,

    /// <summary>A member of staff's inbox (or a role's, such as the centre's heads).</summary>
    StaffInbox,

    /// <summary>A printed letter, sent in the centre's next printed batch.</summary>
    Letter,
}

/// <summary>Who a notice is for: a resident (by id), a member of staff (by staff id) or every holder of a role in the centre.</summary>
public enum RecipientKind
{
    Resident,
    Staff,
    Role,
}

/// <summary>A recipient: its kind and id (resident id, staff id or role name).</summary>
public sealed record Recipient(RecipientKind Kind, string Id)
{
    public static Recipient Resident(Guid residentId) => new(RecipientKind.Resident, residentId.ToString());

    public static Recipient Staff(string staffId) => new(RecipientKind.Staff, staffId);

    public static Recipient Role(string role) => new(RecipientKind.Role, role);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
