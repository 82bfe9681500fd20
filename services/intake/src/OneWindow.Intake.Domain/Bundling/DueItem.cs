namespace OneWindow.Intake.Domain.Bundling;

/// <summary>An item due for a household, with the day it falls due and why.</summary>
public sealed record DueItem(string ItemCode, string Name, DateOnly DueOn, string Reason);
