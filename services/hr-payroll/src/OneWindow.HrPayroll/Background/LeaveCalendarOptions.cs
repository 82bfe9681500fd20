namespace OneWindow.HrPayroll.Background;

/// <summary>The leave calendar's section: how often it looks.</summary>
public sealed class LeaveCalendarOptions
{
    public const string Section = "LeaveCalendar";

    /// <summary>How often approved leave is checked for a start or an end to announce.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
