namespace OneWindow.Notification.Domain.HomeDelivery;

public enum TaskStatus
{
    /// <summary>Created from the decision; waiting for the household's address and grid from intake.</summary>
    Pending,

    /// <summary>With the grid manager of the household's grid (possibly after failed attempts).</summary>
    Assigned,

    /// <summary>Handed over and confirmed by the grid manager: 最多跑一次 kept.</summary>
    Delivered,
}
