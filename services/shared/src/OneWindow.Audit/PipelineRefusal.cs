using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

/// <summary>
/// A refusal the request pipeline makes before any use case runs (a role the call needs, a centre the caller may not
/// name), written as a denial in the trail of the centre it was made in: the caller's own, or the district's when the
/// caller has none (a resident, a token with no scope). The call is named by its gRPC method, which the JSON route of
/// the same method shares.
/// </summary>
internal static class PipelineRefusal
{
    public const string SubjectType = "rpc";

    public static async Task RecordAsync(HttpContext http, Tenant scope, string action, string subjectType, string subjectId, string reason)
    {
        http.RequestServices.GetRequiredService<TenantContext>().Set(scope);
        await http.RequestServices.GetRequiredService<IAuditTrail>()
            .RecordDenialAsync(new AuditEntry(action, subjectType, subjectId, reason), http.RequestAborted);
    }

    public static string Call(HttpContext http)
    {
        var call = http.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.FullName ?? http.Request.Path.Value ?? "/";
        return call.Length <= 100 ? call : call[..100];
    }
}
