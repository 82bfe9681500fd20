namespace OneWindow.Notification.Domain;

/// <summary>A recipient: its kind and id (resident id, staff id or role name).</summary>
public sealed record Recipient(RecipientKind Kind, string Id)
{
    public static Recipient Resident(Guid residentId) => new(RecipientKind.Resident, residentId.ToString());

    public static Recipient Staff(string staffId) => new(RecipientKind.Staff, staffId);

    public static Recipient Role(string role) => new(RecipientKind.Role, role);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
