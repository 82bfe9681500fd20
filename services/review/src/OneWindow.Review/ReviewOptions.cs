namespace OneWindow.Review;

/// <summary>The <c>Review</c> configuration section.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>A reviewer's load cap in effort points unless the head sets their own (about 15 dibao files, or 40 short ones).</summary>
    public int DefaultCapacity { get; set; } = 40;

    /// <summary>How many working days ahead the "due soon" worklist looks.</summary>
    public int DueSoonWorkingDays { get; set; } = 2;

    /// <summary>
    /// How often the watch runs: deadline warnings (80 %) and overdue alarms, unanswered joint requests,
    /// files held by someone no longer available, the unassigned list, and finished days' work events.
    /// </summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
