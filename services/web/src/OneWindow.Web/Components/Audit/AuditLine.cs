using OneWindow.Audit.V1;

namespace OneWindow.Web.Components.Audit;

/// <summary>One record of the trail, with the service that kept it.</summary>
public sealed record AuditLine(string Service, AuditRecord Record, DateTimeOffset At);
