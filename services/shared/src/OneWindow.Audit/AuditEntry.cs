namespace OneWindow.Audit;

/// <summary>What was done to which subject, and why.</summary>
public sealed record AuditEntry(string Action, string SubjectType, string SubjectId, string? Reason = null);
