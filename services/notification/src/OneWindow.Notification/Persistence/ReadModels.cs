using OneWindow.Common.Vocabulary;

namespace OneWindow.Notification.Persistence;

/// <summary>What notification knows of a file from application-accepted: whose it is and how its result goes home.</summary>
public sealed class FileRecord
{
    public Guid FileId { get; set; }

    public string ItemCode { get; set; } = string.Empty;

    public int ItemVersion { get; set; }

    public ItemKind Kind { get; set; }

    public Guid ResidentId { get; set; }

    public Guid HouseholdId { get; set; }

    public DeliveryMethod DeliveryMethod { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }
}

/// <summary>The centre's staff as hr-payroll announces them: who manages which grid, who heads the grid department.</summary>
public sealed class StaffRecord
{
    public Guid Id { get; set; }

    public string StaffId { get; set; } = string.Empty;

    public Department Department { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Grid { get; set; }

    public bool Active { get; set; } = true;
}

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
