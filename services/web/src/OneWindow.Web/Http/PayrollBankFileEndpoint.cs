using System.Net.Http.Headers;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OneWindow.Tenancy;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Gateway;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Http;

/// <summary>
/// <c>GET /hr/payroll/{runId}/bank-file</c>: an approved run's bank file (CSV) as a download in the browser. A page's
/// circuit cannot hand the browser a file, so this plain endpoint asks hr-payroll's document endpoint through the
/// gateway with the user's own token (and the centre a district HR administrator names): hr-payroll decides who may
/// have it and audits every export, as for any other client. The file carries full account numbers, so no cache keeps it.
/// </summary>
public static class PayrollBankFileEndpoint
{
    public static WebApplication MapPayrollBankFile(this WebApplication app)
    {
        app.MapGet("/hr/payroll/{runId:guid}/bank-file", DownloadAsync)
            .RequireAuthorization(new AuthorizeAttribute(ConsolePolicies.Hr) { Roles = "hr-admin,director" });
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        Guid runId, string? centre, HttpContext context, UserTokens tokens, IHttpClientFactory clients, IOptions<ConsoleOptions> options, RefusalText refusals)
    {
        if (await tokens.AccessTokenAsync(context.User, context.RequestAborted) is not { } token)
        {
            return Results.LocalRedirect("/signin?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.Gateway, $"/api/hr-payroll/v1/payroll-runs/{runId}/bank-file"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (NamedCentre.For(context.User.Centre(), centre) is { } named)
        {
            request.Headers.Add(PlatformClaims.CentreHeader, named);
        }

        using var response = await clients.CreateClient().SendAsync(request, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        if (!response.IsSuccessStatusCode)
        {
            var refusal = new RpcException(new Status(GatewayCallInvoker.GrpcStatusOf(response.StatusCode), string.Empty));
            return Results.Text(refusals.Describe(refusal), "text/plain; charset=utf-8", statusCode: (int)response.StatusCode);
        }

        var file = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? $"payroll-{runId:N}.csv";
        return Results.File(file, "text/csv; charset=utf-8", name);
    }
}
