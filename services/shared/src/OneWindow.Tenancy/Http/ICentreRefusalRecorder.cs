using Microsoft.AspNetCore.Http;

namespace OneWindow.Tenancy;

/// <summary>
/// Records a request refused for its centre (<see cref="TenantResolution.Forbidden"/>, or a closed centre of the
/// caller's own) before the response is written; the audit trail implements it where the host keeps one.
/// </summary>
public interface ICentreRefusalRecorder
{
    Task RecordAsync(HttpContext context, string code, string? namedCentre);
}
