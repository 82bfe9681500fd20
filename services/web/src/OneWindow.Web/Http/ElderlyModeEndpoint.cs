using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Http;

/// <summary><c>POST /preferences/elderly-mode</c>: larger type and higher contrast on or off for this browser, then back to the page.</summary>
public static class ElderlyModeEndpoint
{
    public static WebApplication MapElderlyMode(this WebApplication app)
    {
        app.MapPost("/preferences/elderly-mode", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var on = context.Request.Cookies[ElderlyModeSwitch.CookieName] != "on";
            context.Response.Cookies.Append(ElderlyModeSwitch.CookieName, on ? "on" : "off", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(LocalPath.OrHome(returnUrl));
        }).AllowAnonymous();
        return app;
    }
}
