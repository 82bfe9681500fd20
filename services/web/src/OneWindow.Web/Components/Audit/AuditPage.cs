namespace OneWindow.Web.Components.Audit;

/// <summary>A page of the whole trail: its records, whether older ones match, and the services that could not answer.</summary>
public sealed record AuditPage(IReadOnlyList<AuditLine> Lines, bool More, IReadOnlyList<string> Unavailable);
