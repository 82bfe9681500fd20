using System.Globalization;
using OneWindow.Common.Time;

namespace OneWindow.Intake.Domain.Statistics;

/// <summary>
/// One hour of a day, or one day of a week or month: the tickets taken then (and how many of them were served and how
/// long they waited) and the files accepted then. The director's charts draw a period from these.
/// </summary>
public sealed record TrendPoint(string Label, int Issued, int Served, int AverageWaitSeconds, int Acceptances)
{
    /// <summary>The hours a day's chart always shows: the centres open in the morning and close in the afternoon.</summary>
    private const int FirstHour = 8;

    private const int LastHour = 17;

    /// <summary>
    /// A day hour by hour (08:00 to 17:00, widened to any hour with activity), a week or a month day by day; a ticket
    /// counts where it was taken, a file where it was accepted, both in China time.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Of(ReportingPeriod period, IReadOnlyCollection<TicketFact> tickets, IReadOnlyCollection<DateTimeOffset> acceptedAt)
    {
        if (period.Days == 1)
        {
            var ticketsByHour = tickets.ToLookup(t => ChinaTime.ToChina(t.QueuedSince).Hour);
            var acceptedByHour = acceptedAt.ToLookup(a => ChinaTime.ToChina(a).Hour);
            var active = ticketsByHour.Select(g => g.Key).Concat(acceptedByHour.Select(g => g.Key)).ToList();
            var first = Math.Min(FirstHour, active.DefaultIfEmpty(FirstHour).Min());
            var last = Math.Max(LastHour, active.DefaultIfEmpty(LastHour).Max());
            return [.. Enumerable.Range(first, last - first + 1).Select(hour =>
                Point($"{hour:00}:00", [.. ticketsByHour[hour]], acceptedByHour[hour].Count()))];
        }

        var ticketsByDay = tickets.ToLookup(t => DateOnly.FromDateTime(ChinaTime.ToChina(t.QueuedSince).DateTime));
        var acceptedByDay = acceptedAt.ToLookup(a => DateOnly.FromDateTime(ChinaTime.ToChina(a).DateTime));
        return [.. Enumerable.Range(0, period.Days).Select(period.From.AddDays).Select(day =>
            Point(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [.. ticketsByDay[day]], acceptedByDay[day].Count()))];
    }

    private static TrendPoint Point(string label, IReadOnlyCollection<TicketFact> tickets, int acceptances)
    {
        var figures = QueueFigures.Of(tickets);
        return new TrendPoint(label, figures.Issued, figures.Served, figures.AverageWaitSeconds, acceptances);
    }
}
