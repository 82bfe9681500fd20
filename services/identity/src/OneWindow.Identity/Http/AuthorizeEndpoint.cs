using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OneWindow.Common.Time;
using OneWindow.Identity.Application;
using OneWindow.Identity.Persistence;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OneWindow.Identity.Http;

/// <summary>
/// <c>/connect/authorize</c> (code + PKCE): OpenIddict has checked the client, the redirect URI and the code challenge
/// before this runs. Someone not signed in here is sent to the sign-in page and comes back; someone signed in gets a
/// code for the account as the register has it now (a resident: their account as it is now, bound or not). An
/// application for residents asks with <see cref="ResidentAcr"/> and lands on the SMS page instead. First-party applications only, so there is no consent screen.
/// </summary>
public static class AuthorizeEndpoint
{
    /// <summary>The <c>acr_values</c> an application for residents asks with: the sign-in is by SMS code, not by staff id.</summary>
    public const string ResidentAcr = "urn:onewindow:acr:resident-sms";

    public static void MapAuthorize(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IdentityDbContext db, TokenPrincipals principals, TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(SignInCookie.Scheme);
        if (!session.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return ProviderRefusal.Of(Errors.LoginRequired, "请先登录。");
            }

            // Back here after the sign-in page, without the prompt, or it would ask again forever.
            var parameters = http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            if (request.GetAcrValues().Contains(ResidentAcr, StringComparer.Ordinal))
            {
                // An application for residents sends them straight to the SMS page; the staff page links there too.
                return Results.Redirect("/account/resident?ReturnUrl=" + Uri.EscapeDataString(back));
            }

            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [SignInCookie.Scheme]);
        }

        if (SignInCookie.ResidentOf(session.Principal) is { } residentAccount)
        {
            var resident = await db.ResidentAccounts.FindAsync([residentAccount], http.RequestAborted);
            if (resident is null)
            {
                await http.SignOutAsync(SignInCookie.Scheme);
                return ProviderRefusal.Of(Errors.AccessDenied, "该账号不存在。");
            }

            return Results.SignIn(TokenPrincipals.ForResident(resident, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var subject = session.Principal.FindFirst(Claims.Subject)?.Value;
        var account = subject is null ? null : await db.StaffAccounts.FindAsync([subject], http.RequestAborted);
        if (account is null || !account.MayHoldTokens(ChinaTime.Today(clock)))
        {
            await http.SignOutAsync(SignInCookie.Scheme);
            return ProviderRefusal.Of(Errors.AccessDenied, "该账号已停用。");
        }

        return Results.SignIn(principals.ForAccount(account, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
