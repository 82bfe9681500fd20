namespace OneWindow.Intake.Domain.Planning;

/// <summary>A line's waiting as it happened on a day.</summary>
/// <param name="AverageWaiting">Residents waiting on average over the line's day.</param>
/// <param name="MostWaiting">The most waiting at any moment.</param>
/// <param name="CalledWithinShare">Of the residents called, the share called within the target time (1 when nobody was called).</param>
public sealed record MeasuredQueue(double AverageWaiting, int MostWaiting, double CalledWithinShare)
{
    /// <summary>
    /// Measures a line from each resident's time in it: when they joined, when they left it (called, or the ticket ended
    /// without a call) and whether they were called. The line's day runs from the first to join to the last to leave; a
    /// resident who never left waits to its end. The average is the time waited, summed, over the day's length: the
    /// time-average that Little's law ties to arrivals and waits, so a day run faster or slower gives the same figure.
    /// </summary>
    public static MeasuredQueue Of(IReadOnlyCollection<QueueStay> stays, TimeSpan calledWithin)
    {
        if (stays.Count == 0)
        {
            return new MeasuredQueue(0, 0, 1);
        }

        var starts = stays.Min(s => s.Joined);
        var ends = stays.Max(s => s.Left ?? s.Joined);
        var length = (ends - starts).TotalSeconds;
        var waited = stays.Sum(s => ((s.Left ?? ends) - s.Joined).TotalSeconds);
        var called = stays.Where(s => s.Called && s.Left is not null).ToList();
        var within = called.Count == 0 ? 1 : called.Count(s => s.Left!.Value - s.Joined <= calledWithin) / (double)called.Count;
        return new MeasuredQueue(length <= 0 ? 0 : waited / length, MostAtOnce(stays, ends), within);
    }

    private static int MostAtOnce(IEnumerable<QueueStay> stays, DateTimeOffset ends)
    {
        // A resident leaving at the moment another joins is gone first: the two never wait together.
        var changes = stays.SelectMany(s => new[] { (At: s.Joined, Change: 1), (At: s.Left ?? ends, Change: -1) })
            .OrderBy(c => c.At).ThenBy(c => c.Change);
        int waiting = 0, most = 0;
        foreach (var (_, change) in changes)
        {
            waiting += change;
            most = Math.Max(most, waiting);
        }

        return most;
    }
}
