using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Dashboard;

/// <summary>One item's setting at the director's centre as the page edits it (一街一策): offered or not, the local note, the named supervisor.</summary>
public sealed class ItemSettingDraft
{
    public required string ItemCode { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    /// <summary>The supervisor the item's version names for every centre, when the centre names none.</summary>
    public string? DistrictSupervisor { get; init; }

    public bool Enabled { get; set; }

    public string LocalNote { get; set; } = string.Empty;

    public string Supervisor { get; set; } = string.Empty;

    public static ItemSettingDraft From(ServiceItem item) => new()
    {
        ItemCode = item.Code,
        Name = item.Name,
        Category = item.Category,
        DistrictSupervisor = item.Terms?.SupervisorStaffId,
        Enabled = item.Enabled,
        LocalNote = item.LocalNote ?? string.Empty,
        Supervisor = item.CentreSupervisorStaffId ?? string.Empty,
    };

    public SetCentreItemSettingRequest ToRequest() => new()
    {
        ItemCode = ItemCode,
        Enabled = Enabled,
        LocalNote = string.IsNullOrWhiteSpace(LocalNote) ? null : LocalNote.Trim(),
        SupervisorStaffId = string.IsNullOrWhiteSpace(Supervisor) ? null : Supervisor.Trim(),
    };
}
