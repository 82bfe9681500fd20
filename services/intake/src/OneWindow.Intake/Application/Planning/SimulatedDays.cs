using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Application.Planning;

/// <summary>A day simulated twenty times with seeds 1 to 20: the same answer for the same question, and an average steady enough to plan by.</summary>
public static class SimulatedDays
{
    public const int Count = 20;

    /// <summary>The simulated days.</summary>
    public static IReadOnlyList<HallDayOutcome> Days(HallDay day) =>
        [.. Enumerable.Range(1, Count).Select(seed => HallSimulation.Run(day, seed))];

    /// <summary>For each window group of the day, its outcome on each simulated day.</summary>
    public static IEnumerable<IReadOnlyList<GroupOutcome>> Run(HallDay day)
    {
        var days = Days(day);
        return day.Groups.Select((_, i) => (IReadOnlyList<GroupOutcome>)[.. days.Select(d => d.Groups[i])]);
    }
}
