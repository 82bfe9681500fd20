namespace OneWindow.Intake.Domain.Planning;

/// <summary>One resident's time in a line: when they joined it, when they left it (null: still waiting) and whether they were called.</summary>
public sealed record QueueStay(DateTimeOffset Joined, DateTimeOffset? Left, bool Called);
