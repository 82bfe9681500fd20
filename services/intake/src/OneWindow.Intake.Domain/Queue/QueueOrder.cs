namespace OneWindow.Intake.Domain.Queue;

/// <summary>Who is called next: priority tickets first, then first come first served (by time of arrival).</summary>
public static class QueueOrder
{
    public static IOrderedEnumerable<Ticket> Of(IEnumerable<Ticket> waiting) =>
        waiting.OrderByDescending(t => t.Priority).ThenBy(t => t.QueuedSince).ThenBy(t => t.Sequence);
}
