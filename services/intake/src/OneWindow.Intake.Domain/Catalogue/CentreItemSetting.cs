namespace OneWindow.Intake.Domain.Catalogue;

/// <summary>A centre's choice to offer an item or not, with its local note (一街一策), as policy-law announced it.</summary>
public sealed class CentreItemSetting
{
    private CentreItemSetting()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string ItemCode { get; private set; } = string.Empty;

    public bool Enabled { get; private set; }

    public string? LocalNote { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static CentreItemSetting For(string itemCode) => new() { ItemCode = itemCode, Enabled = true };

    public void Change(bool enabled, string? localNote, DateTimeOffset at)
    {
        // Events may arrive out of order: the later fact wins.
        if (at < ChangedAt)
        {
            return;
        }

        Enabled = enabled;
        LocalNote = localNote;
        ChangedAt = at;
    }
}
