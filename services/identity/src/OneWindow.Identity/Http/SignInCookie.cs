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

    /// <summary>What the cookie of a resident's session carries besides the account: which directory the subject is in.</summary>
    public const string ResidentClaim = "resident";

    /// <summary>The session starts: the cookie says who, nothing else (roles are read from the account at each token).</summary>
    public static Task SignInAsync(HttpContext http, string subject) =>
        http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(PlatformClaims.Subject, subject)], Scheme, PlatformClaims.Subject, PlatformClaims.Role)));

    /// <summary>A resident's session: their account id, marked as a resident's (an account id is no staff id).</summary>
    public static Task SignInResidentAsync(HttpContext http, Guid accountId) =>
        http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PlatformClaims.Subject, accountId.ToString()), new Claim(ResidentClaim, "true")], Scheme, PlatformClaims.Subject, PlatformClaims.Role)));

    /// <summary>The resident account of a session, or null for a member of staff's.</summary>
    public static Guid? ResidentOf(ClaimsPrincipal session) =>
        session.HasClaim(ResidentClaim, "true") && Guid.TryParse(session.FindFirst(PlatformClaims.Subject)?.Value, out var id) ? id : null;

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
