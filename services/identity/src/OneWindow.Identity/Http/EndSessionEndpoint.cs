using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace OneWindow.Identity.Http;

/// <summary>
/// <c>/connect/logout</c>: ends the provider's session, then OpenIddict sends the browser to the application's
/// registered post-logout address (or to the sign-in page when it names none).
/// </summary>
public static class EndSessionEndpoint
{
    public static void MapEndSession(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            await http.SignOutAsync(SignInCookie.Scheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/login" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }).AllowAnonymous().DisableAntiforgery();
}
