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

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string ItemCode { get; private set; } = string.Empty;

    public bool Enabled { get; private set; } = true;

    public string? LocalNote { get; private set; }

    /// <summary>The business supervisor (业务主管) this centre names to re-check the item's time-limited files.</summary>
    public string? SupervisorStaffId { get; private set; }

    public string ChangedBy { get; private set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; private set; }

    public static CentreItemSetting For(string itemCode) => new() { ItemCode = itemCode };

    public void Change(bool enabled, string? localNote, string? supervisorStaffId, string changedBy, DateTimeOffset changedAt)
    {
        if (localNote is { Length: > 500 })
        {
            throw new DomainException(DomainErrorKind.Invalid, "local-note-too-long", "A local note is at most 500 characters.", "localNote");
        }

        Enabled = enabled;
        LocalNote = string.IsNullOrWhiteSpace(localNote) ? null : localNote.Trim();
        SupervisorStaffId = string.IsNullOrWhiteSpace(supervisorStaffId) ? null : supervisorStaffId.Trim();
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }
}
