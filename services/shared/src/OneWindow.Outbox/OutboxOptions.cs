namespace OneWindow.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the dispatcher looks for unpublished events when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>Longest wait between two attempts at an event the bus refused.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long published events and handled-event records are kept (for redeliveries and investigation).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
