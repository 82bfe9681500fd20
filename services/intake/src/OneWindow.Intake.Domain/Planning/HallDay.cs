namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// A day of the hall to simulate: its slots (half-hours from opening), the lines arriving and the windows open. Residents
/// give up after a patience drawn at random around <see cref="MeanPatience"/> (none: they wait as long as it takes); those
/// still waiting at closing go home unserved, while the residents at a window are finished.
/// </summary>
public sealed record HallDay(TimeSpan Slot, IReadOnlyList<ArrivalStream> Streams, IReadOnlyList<WindowGroup> Groups)
{
    public TimeSpan? MeanPatience { get; init; }

    /// <summary>What a window loses on a resident who does not come: the calls before it marks them a no-show.</summary>
    public TimeSpan NoShowCalls { get; init; } = TimeSpan.FromMinutes(1.5);

    public TimeSpan CalledWithin { get; init; } = PlanTargets.Reform.CalledWithin;

    public int Slots => Streams.Count == 0 ? 0 : Streams[0].ArrivalsPerHour.Count;
}
