using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.Tenancy;

/// <summary>
/// Sets the request's tenant from the authenticated caller; refuses a centre it may not name, and (where the host keeps a
/// <see cref="ICentreDirectory"/>) a centre the district has not registered or has closed.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant, IProblemDetailsService problems)
    {
        var named = context.Request.Headers[PlatformClaims.CentreHeader].ToString();
        switch (TenantResolution.Resolve(context.User, named.Length == 0 ? null : named))
        {
            case TenantResolution.Resolved { Tenant.CentreCode: { } centre } resolved
                when context.RequestServices.GetService<ICentreDirectory>() is { } directory
                    && !await directory.IsOpenAsync(centre, context.RequestAborted):
                // A centre the caller named is an input (404 naming the header); the token's own is who the caller is (403).
                if (resolved.Tenant.NamedByDistrict)
                {
                    await WriteAsync(context, problems, StatusCodes.Status404NotFound, "Unknown centre", $"No open centre '{centre}' is registered.", PlatformClaims.CentreHeader);
                }
                else
                {
                    await RecordAsync(context, TenantResolution.CentreClosed, named);
                    await WriteAsync(context, problems, StatusCodes.Status403Forbidden, "Unknown centre", $"The token's centre '{centre}' is not an open registered centre.", field: null);
                }

                return;
            case TenantResolution.Resolved resolved:
                tenant.Set(resolved.Tenant);
                await next(context);
                return;
            case TenantResolution.Forbidden forbidden:
                await RecordAsync(context, forbidden.Code, named);
                await WriteAsync(context, problems, StatusCodes.Status403Forbidden, "Not your centre", forbidden.Reason, forbidden.Field);
                return;
            case TenantResolution.Invalid invalid:
                await WriteAsync(context, problems, StatusCodes.Status400BadRequest, "Invalid centre", invalid.Reason, invalid.Field);
                return;
        }
    }

    /// <summary>A refusal, not bad input: where the host keeps an audit trail, it is in the trail.</summary>
    private static Task RecordAsync(HttpContext context, string code, string named) =>
        context.RequestServices.GetService<ICentreRefusalRecorder>() is { } recorder
            ? recorder.RecordAsync(context, code, named.Length == 0 ? null : named)
            : Task.CompletedTask;

    private static async Task WriteAsync(HttpContext context, IProblemDetailsService problems, int status, string title, string detail, string? field)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
