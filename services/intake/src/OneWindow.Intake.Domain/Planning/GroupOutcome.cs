namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// One queue's day: the average number waiting over the opening hours (time-weighted, as Erlang C counts it), the
/// average wait of those called, the share called within the target, and what became of everyone who came.
/// </summary>
public sealed record GroupOutcome(string Name)
{
    public double AverageWaiting { get; init; }

    public double AverageWaitMinutes { get; init; }

    /// <summary>The average wait of priority tickets (the elderly, people with a disability), called first.</summary>
    public double PriorityWaitMinutes { get; init; }

    public double CalledWithinShare { get; init; }

    public int MostWaiting { get; init; }

    public int Arrived { get; init; }

    public int Served { get; init; }

    public int NoShows { get; init; }

    public int GaveUp { get; init; }

    public int LeftAtClosing { get; init; }
}
