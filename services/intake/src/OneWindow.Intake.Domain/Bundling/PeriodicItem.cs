namespace OneWindow.Intake.Domain.Bundling;

/// <summary>A periodic item of the catalogue (annual reviews): due again <see cref="RecurrenceMonths"/> after the last completion.</summary>
public sealed record PeriodicItem(string ItemCode, string Name, int RecurrenceMonths);
