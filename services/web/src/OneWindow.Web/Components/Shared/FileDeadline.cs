using System.Globalization;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// Where a file stands against its statutory time limit, in working days as the law counts them: the days left, and
/// a warning once 80 % of the limit is used (as review's own deadline watch warns) or the deadline has passed.
/// </summary>
public sealed record FileDeadline(int WorkingDaysLeft, int TimeLimit, DeadlineState State)
{
    /// <summary>The share of the time limit after which a file is shown as near its deadline.</summary>
    public const double WarningShare = 0.8;

    /// <summary>The row's or field's class: amber near the deadline, red past it (console.css).</summary>
    public string? CssClass => State switch
    {
        DeadlineState.Overdue => "deadline-overdue",
        DeadlineState.Near => "deadline-near",
        _ => null,
    };

    public static FileDeadline Of(string startedAt, string deadline, bool overdue, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        var started = Day(startedAt);
        var due = Day(deadline);
        var today = DateOnly.FromDateTime(ChinaTime.ToChina(now).DateTime);
        var limit = Math.Max(1, calendar.WorkingDaysBetween(started, due));
        var left = due < today ? -calendar.WorkingDaysBetween(due, today) : calendar.WorkingDaysBetween(today, due);
        var state = overdue || left < 0
            ? DeadlineState.Overdue
            : (limit - left) >= WarningShare * limit ? DeadlineState.Near : DeadlineState.OnTime;
        return new FileDeadline(left, limit, state);
    }

    private static DateOnly Day(string instant) =>
        DateOnly.FromDateTime(ChinaTime.ToChina(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).DateTime);
}
