using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

/// <summary>
/// Puts every call refused for its role ([Authorize(Roles = …)], a policy) in the trail, then answers as ASP.NET Core
/// would. A caller who is not signed in is not recorded: there is nobody to name, and the gateway turns them away first.
/// </summary>
internal sealed class AuditedAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string Reason = "role-required";

    private readonly AuthorizationMiddlewareResultHandler _answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var current = context.RequestServices.GetRequiredService<ITenantContext>().Current;
            var scope = current.CentreCode is not null || current.DistrictWide ? current : Tenant.District;
            await PipelineRefusal.RecordAsync(context, scope, "call", PipelineRefusal.SubjectType, PipelineRefusal.Call(context), Reason);
        }

        await _answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
