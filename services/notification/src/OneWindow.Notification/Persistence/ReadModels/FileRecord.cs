using OneWindow.Common.Vocabulary;

namespace OneWindow.Notification.Persistence.ReadModels;

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
