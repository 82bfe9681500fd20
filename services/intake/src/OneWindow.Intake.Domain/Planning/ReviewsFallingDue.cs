namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// The seasonal demand the catalogue knows: a periodic item (an annual review, a yearly certification) falls due its
/// recurrence after it was last granted, and the household it falls due for comes to the hall that week. A week with
/// more of them than the weeks the forecast was read from brings more residents than the history shows; one with fewer,
/// fewer. Each grant counts on its own due date, so the weeks before are counted by the same rule as the week ahead.
/// </summary>
public static class ReviewsFallingDue
{
    /// <summary>How many of the grants fall due in the week that starts on <paramref name="weekStart"/>.</summary>
    public static int InWeek(IEnumerable<(DateOnly GrantedOn, int RecurrenceMonths)> grants, DateOnly weekStart)
    {
        var weekEnd = weekStart.AddDays(7);
        return grants.Count(g => g.GrantedOn.AddMonths(g.RecurrenceMonths) is var due && due >= weekStart && due < weekEnd);
    }

    /// <summary>
    /// The factor on a line's forecast for a day: the reviews falling due this week beyond the history weeks' average,
    /// spread over the days the centre opens a week, as a share of the residents a day the history expects on the line.
    /// </summary>
    public static double Factor(int thisWeek, IReadOnlyCollection<int> historyWeeks, double expectedPerDay, double openDaysAWeek)
    {
        if (expectedPerDay <= 0 || historyWeeks.Count == 0)
        {
            return 1;
        }

        var extraPerDay = (thisWeek - historyWeeks.Average()) / Math.Max(1, openDaysAWeek);
        return Math.Max(0, 1 + extraPerDay / expectedPerDay);
    }

    /// <summary>The Monday of the week a day is in.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
