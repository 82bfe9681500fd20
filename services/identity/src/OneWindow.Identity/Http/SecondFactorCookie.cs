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
