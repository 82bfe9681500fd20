namespace OneWindow.Identity.Pages.Account;

/// <summary>
/// The provider's pages set their own content security policy: the platform's forbids forms to send the browser
/// elsewhere (<c>form-action 'self'</c>), and Chromium applies that to the redirects after a form, so the sign-in
/// page could never hand its code to the application that asked. Everything else is as strict.
/// </summary>
public static class SignInPageHeaders
{
    public const string Policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.CacheControl = "no-store";
    }
}
