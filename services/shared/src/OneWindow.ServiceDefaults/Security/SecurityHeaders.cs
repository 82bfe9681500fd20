using Microsoft.AspNetCore.Builder;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// The browser-facing headers of every response, of the services and of the gateway: no content sniffing, no
/// framing, no referrer, a content security policy, and HSTS over HTTPS outside Development. A header the
/// response already carries is left as it is, so a page (or, behind the gateway, a service) may set its own.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The services' HTML (printable guides, letters, handover sheets, payslips) has its styles inline and no script
    /// but the payslip's <c>onclick="print()"</c>, which the hash admits and nothing else can use.
    /// </summary>
    public const string HtmlPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "script-src 'self' 'unsafe-hashes' 'sha256-Ul1RMxNBbPGH9E+ofhdT7m0RVSwiCXU33cMrTtNPpo8='; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>JSON, gRPC and problem details load nothing and are never framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>A year; without includeSubDomains, which is the district's domain-wide decision, not ours.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>First in the pipeline, so refusals and error pages carry the headers too.</summary>
    public static IApplicationBuilder UsePlatformSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();
}
