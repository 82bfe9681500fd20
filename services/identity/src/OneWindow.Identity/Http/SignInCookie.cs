using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OneWindow.Identity.Http;

/// <summary>
/// The provider's own session: a cookie that says who signed in on its pages, so the next application asking within
/// the working day gets a code without a second password. It never leaves the provider's origin and carries no role.
/// </summary>
public static class SignInCookie
{
    public const string Scheme = "onewindow-sign-in";

    /// <summary>The session starts: the cookie says who, nothing else (roles are read from the account at each token).</summary>
    public static Task SignInAsync(HttpContext http, string subject) =>
        http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(PlatformClaims.Subject, subject)], Scheme, PlatformClaims.Subject, PlatformClaims.Role)));

    public static void Configure(CookieAuthenticationOptions options, bool development)
    {
        options.Cookie.Name = "__onewindow_sign_in";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        options.Cookie.SecurePolicy = development ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/connect/logout";
        options.AccessDeniedPath = "/account/login";
        options.ExpireTimeSpan = TimeSpan.FromHours(10);
        options.SlidingExpiration = false;
    }
}
