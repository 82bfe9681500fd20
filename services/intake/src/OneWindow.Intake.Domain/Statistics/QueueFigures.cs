using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Domain.Statistics;

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
