using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OneWindow.Identity.Http;

/// <summary>
/// Between the password and the authenticator's code: a cookie of five minutes that says whose password was right,
/// and nothing more. Only the second-factor page accepts it; the provider's session starts after the code.
/// </summary>
public static class SecondFactorCookie
{
    public const string Scheme = "onewindow-second-factor";

    /// <summary>The authenticator key being enrolled, kept in the (encrypted) cookie until its first code proves it.</summary>
    public const string EnrolmentClaim = "totp_enrolment";

    /// <summary>The password was right for <paramref name="subject"/>; with the key being enrolled, when there is one.</summary>
    public static Task SignInAsync(HttpContext http, string subject, string? enrolmentKey = null)
    {
        var identity = new ClaimsIdentity([new Claim(PlatformClaims.Subject, subject)], Scheme, PlatformClaims.Subject, PlatformClaims.Role);
        if (enrolmentKey is not null)
        {
            identity.AddClaim(new Claim(EnrolmentClaim, enrolmentKey));
        }

        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static void Configure(CookieAuthenticationOptions options, bool development)
    {
        options.Cookie.Name = "__onewindow_second_factor";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        options.Cookie.SecurePolicy = development ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
        options.Cookie.Path = "/account";
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/login";
        options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        options.SlidingExpiration = false;
    }
}
