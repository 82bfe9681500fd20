using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Catalogue;

/// <summary>
/// A centre's own setting for an item (一街一策): offered or not, and a local note for residents
/// (e.g. which floor). It cannot change the district standard.
/// </summary>
public sealed class CentreItemSetting
{
    private CentreItemSetting()
    {
    }

    public string ItemCode { get; private set; } = string.Empty;

    public bool Enabled { get; private set; } = true;

    public string? LocalNote { get; private set; }

    public string ChangedBy { get; private set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; private set; }

    public static CentreItemSetting For(string itemCode) => new() { ItemCode = itemCode };

    public void Change(bool enabled, string? localNote, string changedBy, DateTimeOffset changedAt)
    {
        if (localNote is { Length: > 500 })
        {
            throw new DomainException(DomainErrorKind.Invalid, "local-note-too-long", "A local note is at most 500 characters.", "localNote");
        }

        Enabled = enabled;
        LocalNote = string.IsNullOrWhiteSpace(localNote) ? null : localNote.Trim();
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }
}
