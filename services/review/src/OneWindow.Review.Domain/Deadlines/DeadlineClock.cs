using OneWindow.Common.Calendar;
using OneWindow.Common.Time;

namespace OneWindow.Review.Domain.Deadlines;

/// <summary>
/// The statutory clock of a file. The deadline comes from intake (the working-day calendar, the day of
/// acceptance not counted). While the file waits for the resident's supplement (补正) the clock stands
/// still: the working days after the day it was returned, up to and including the day the supplement
/// arrives, are added to the deadline — as the day of acceptance, the day of arrival is not the
/// reviewer's. The 80 % warning keeps its distance from the deadline, so a pause moves both.
/// </summary>
public static class DeadlineClock
{
    /// <summary>Share of the time limit after which the reviewer is warned.</summary>
    public const double WarningShare = 0.8;

    /// <summary>How long before the deadline the warning falls: the last 20 % of the statutory span.</summary>
    public static TimeSpan WarningLead(DateTimeOffset acceptedAt, DateTimeOffset deadline) =>
        deadline <= acceptedAt ? TimeSpan.Zero : (deadline - acceptedAt) * (1 - WarningShare);

    /// <summary>The deadline after a pause from <paramref name="pausedAt"/> to <paramref name="resumedAt"/>.</summary>
    public static DateTimeOffset Resume(DateTimeOffset deadline, DateTimeOffset pausedAt, DateTimeOffset resumedAt, WorkingDayCalendar calendar)
    {
        var paused = Math.Max(0, calendar.WorkingDaysBetween(Day(pausedAt), Day(resumedAt)));
        return paused == 0 ? deadline : ChinaTime.EndOfDay(calendar.AddWorkingDays(Day(deadline), paused));
    }

    /// <summary>The time limit a deadline stands for, in working days after the day of acceptance.</summary>
    public static int TimeLimitOf(DateTimeOffset acceptedAt, DateTimeOffset deadline, WorkingDayCalendar calendar) =>
        Math.Max(0, calendar.WorkingDaysBetween(Day(acceptedAt), Day(deadline)));

    /// <summary>The calendar day in China of an instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);
}
