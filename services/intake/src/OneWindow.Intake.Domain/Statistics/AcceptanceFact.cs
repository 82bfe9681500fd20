namespace OneWindow.Intake.Domain.Statistics;

/// <summary>What statistics need of the files accepted in a period, grouped by item and clerk in the database.</summary>
public sealed record AcceptanceFact(string Centre, string ItemCode, string Clerk, bool FromBundling, bool Instant, int Count);
