
namespace OneWindow.Notification.Persistence.ReadModels;

/// <summary>The district's catalogue as policy-law publishes it: names of items and materials, recurrence of periodic items.</summary>
public sealed class CatalogueRecord
{
    public string ItemCode { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public int? RecurrenceMonths { get; set; }

    /// <summary>Material code → name (Chinese), as the guide prints it.</summary>
    public Dictionary<string, string> Materials { get; set; } = [];
}
