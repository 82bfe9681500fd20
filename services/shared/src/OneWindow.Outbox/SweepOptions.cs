namespace OneWindow.Outbox;

/// <summary>A signalled job's section (named after the job): how often it sweeps for work nobody is doing.</summary>
public sealed class SweepOptions
{
    /// <summary>Work that commits wakes the job at once; the sweep takes the work a stopped replica left.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
