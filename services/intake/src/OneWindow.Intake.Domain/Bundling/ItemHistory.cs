namespace OneWindow.Intake.Domain.Bundling;

/// <summary>What intake knows of one household and one item: its last granted completion and whether a file is open.</summary>
public sealed record ItemHistory(string ItemCode, DateOnly? LastGranted, bool FileOpen);
