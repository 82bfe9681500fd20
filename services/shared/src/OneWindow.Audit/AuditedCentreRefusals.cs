using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

/// <summary>
/// Puts every request refused for its centre in the trail of the caller's own centre (the district's when the token
/// names none), naming the centre it asked for: a centre's director sees their staff reaching for another centre.
/// </summary>
internal sealed class AuditedCentreRefusals : ICentreRefusalRecorder
{
    public const string Action = "name-centre";

    public Task RecordAsync(HttpContext context, string code, string? namedCentre)
    {
        var own = context.User.FindFirstValue(PlatformClaims.Tenant);
        var scope = Tenant.IsValidCentreCode(own) ? Tenant.Centre(own!) : Tenant.District;
        var subject = namedCentre ?? own ?? "(none)";
        return PipelineRefusal.RecordAsync(context, scope, Action, "centre", subject.Length <= 100 ? subject : subject[..100], code);
    }
}
