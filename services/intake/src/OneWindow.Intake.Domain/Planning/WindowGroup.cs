namespace OneWindow.Intake.Domain.Planning;

/// <summary>Windows calling from one queue: the lines they serve and how many are open in each slot of the day.</summary>
public sealed record WindowGroup(string Name, IReadOnlySet<string> Lines, IReadOnlyList<int> Windows);
