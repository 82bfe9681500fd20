using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.Identity.Application;
using OneWindow.Identity.Domain.Devices;
using OneWindow.Identity.Persistence;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OneWindow.Identity.Http;

/// <summary>
/// <c>/connect/token</c>. OpenIddict has checked the client, the code and its PKCE verifier, or the refresh token (a
/// refresh token is good once: a replay revokes the whole chain). What is left is the register's say: every code and
/// every refresh is answered with the account as it is now, so a change of post changes the next token's roles and a
/// worker who has left is refused at the next refresh.
/// </summary>
public static class TokenEndpoint
{
    /// <summary>Development only: a token for a named demo account, for scripts (the smoke walk, benchmarks).</summary>
    public const string DemoAccountGrant = "urn:onewindow:grant-type:demo-account";

    public static void MapToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/connect/token", ExchangeAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> ExchangeAsync(
        HttpContext http,
        IdentityDbContext db,
        TokenPrincipals principals,
        IOptions<IdentityProviderOptions> options,
        IAuditTrail audit,
        TenantContext tenant,
        IHostEnvironment environment,
        TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has authenticated the client; its roles are those of its registration, never of the request.
            var client = options.Value.Clients.GetValueOrDefault(request.ClientId!);
            var centre = (string?)request.GetParameter(TokenPrincipals.TenantParameter);
            if (centre is not null && (client is not { ActsForCentres: true } || !Tenant.IsValidCentreCode(centre)))
            {
                return ProviderRefusal.Of(Errors.InvalidRequest, "该应用不能代表这个街道中心。");
            }

            return Results.SignIn(TokenPrincipals.ForService(request.ClientId!, client?.Roles ?? [], centre, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        string? subject;
        IEnumerable<string> scopes;
        if (request.GrantType == DemoAccountGrant && environment.IsDevelopment())
        {
            subject = request.Username;
            scopes = request.GetScopes();
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType() || request.IsDeviceCodeGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            if (granted.Principal is { } device && device.GetClaim(DeviceApproval.KindClaim) is not null)
            {
                // A device has no account: it is what its director approved, until its refresh token runs out. It is
                // known by its kind, which only an approval gives (a member of staff may hold the device role).
                return Results.SignIn(principals.ForDevice(TokenPrincipals.DeviceOf(device), device.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            if (granted.Principal?.GetClaim(TokenPrincipals.ResidentAccountClaim) is { } residentAccount)
            {
                // A resident's code or refresh: the account as it is now, so a binding since shows in the next token.
                var resident = await db.ResidentAccounts.FindAsync([Guid.Parse(residentAccount)], http.RequestAborted);
                if (resident is null)
                {
                    tenant.Set(Tenant.District);
                    await audit.RecordDenialAsync(new AuditEntry("token", ResidentAudit.AccountSubjectType, residentAccount, "unknown-account"), http.RequestAborted);
                    return ProviderRefusal.Of(Errors.InvalidGrant, "该账号不存在。");
                }

                return Results.SignIn(TokenPrincipals.ForResident(resident, granted.Principal.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            subject = granted.Principal?.GetClaim(Claims.Subject);
            scopes = granted.Principal?.GetScopes() ?? [];
        }
        else
        {
            return ProviderRefusal.Of(Errors.UnsupportedGrantType, "不支持的授权方式。");
        }

        var account = subject is null ? null : await db.StaffAccounts.FindAsync([subject], http.RequestAborted);
        if (account is null || !account.MayHoldTokens(ChinaTime.Today(clock)))
        {
            tenant.Set(account?.Centre is { } centre ? Tenant.Centre(centre) : Tenant.District);
            await audit.RecordDenialAsync(new AuditEntry("token", "staff-account", subject ?? "(none)", account is null ? "unknown-account" : "account-closed"), http.RequestAborted);
            return ProviderRefusal.Of(Errors.InvalidGrant, "该账号不存在或已停用。");
        }

        return Results.SignIn(principals.ForAccount(account, scopes), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
