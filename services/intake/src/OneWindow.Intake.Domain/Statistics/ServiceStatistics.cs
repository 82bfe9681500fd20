using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Domain.Statistics;

/// <summary>The periods of the centre's reports: 日交接, 周总结, 月统计.</summary>
public enum StatisticsPeriod
{
    Day,
    Week,
    Month,
}

/// <summary>The days a report covers: a day, the Monday-to-Sunday week or the calendar month containing a day.</summary>
public sealed record ReportingPeriod(StatisticsPeriod Kind, DateOnly From, DateOnly To)
{
    /// <summary>Longest period a report covers, so one request never reads a year of a district.</summary>
    public const int MaxDays = 31;

    public static ReportingPeriod Containing(StatisticsPeriod kind, DateOnly day) => kind switch
    {
        StatisticsPeriod.Day => new(kind, day, day),
        StatisticsPeriod.Week => new(kind, day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + 6)),
        StatisticsPeriod.Month => new(kind, new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "period is day, week or month.", "period"),
    };

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>How the period is written on a report, in Chinese.</summary>
    public string Title => Kind switch
    {
        StatisticsPeriod.Day => $"{From:yyyy年M月d日}日交接",
        StatisticsPeriod.Week => $"{From:yyyy年M月d日}至{To:M月d日}周总结",
        _ => $"{From:yyyy年M月}月统计",
    };
}

/// <summary>What statistics need of one ticket.</summary>
public sealed record TicketFact(
    string Centre, Common.Vocabulary.WindowType WindowType, TicketStatus Status, string? Window, string? Clerk, bool Transfer,
    DateTimeOffset QueuedSince, DateTimeOffset? CalledAt, DateTimeOffset? ServiceStartedAt, DateTimeOffset? FinishedAt, int? Rating);

/// <summary>The queue's figures of a set of tickets (a centre, a window, a clerk, a window type).</summary>
public sealed record QueueFigures(
    int Issued, int Served, int NoShows, int Transferred, int AverageWaitSeconds, int LongestWaitSeconds, int AverageServiceSeconds,
    int Ratings, decimal? AverageRating)
{
    public static QueueFigures Of(IReadOnlyCollection<TicketFact> tickets)
    {
        // A transfer is one resident moving on, not a new arrival: issued counts arrivals at the kiosk.
        var waits = tickets.Where(t => t.CalledAt is not null).Select(t => Seconds(t.CalledAt!.Value - t.QueuedSince)).ToList();
        var services = tickets.Where(t => t.Status == TicketStatus.Served && t.ServiceStartedAt is not null && t.FinishedAt is not null)
            .Select(t => Seconds(t.FinishedAt!.Value - t.ServiceStartedAt!.Value)).ToList();
        var ratings = tickets.Where(t => t.Rating is not null).Select(t => t.Rating!.Value).ToList();
        return new QueueFigures(
            tickets.Count(t => !t.Transfer),
            tickets.Count(t => t.Status == TicketStatus.Served),
            tickets.Count(t => t.Status == TicketStatus.NoShow),
            tickets.Count(t => t.Status == TicketStatus.Transferred),
            waits.Count == 0 ? 0 : (int)Math.Round(waits.Average()),
            waits.Count == 0 ? 0 : waits.Max(),
            services.Count == 0 ? 0 : (int)Math.Round(services.Average()),
            ratings.Count,
            AverageOf(ratings));
    }

    /// <summary>The average score to two decimals, or null when nobody rated.</summary>
    public static decimal? AverageOf(IReadOnlyCollection<int> scores) =>
        scores.Count == 0 ? null : decimal.Round((decimal)scores.Sum() / scores.Count, 2, MidpointRounding.AwayFromZero);

    private static int Seconds(TimeSpan span) => (int)Math.Max(0, Math.Round(span.TotalSeconds));
}

/// <summary>What statistics need of the files accepted in a period, grouped by item and clerk in the database.</summary>
public sealed record AcceptanceFact(string Centre, string ItemCode, string Clerk, bool FromBundling, bool Instant, int Count);
