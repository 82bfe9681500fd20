using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace OneWindow.ServiceDefaults;

internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    private readonly bool _hsts = !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        // At the start of the response: only then is its content type known, and the proxy's copied headers present.
        context.Response.OnStarting(static state =>
        {
            var (context, hsts) = ((HttpContext, bool))state;
            var headers = context.Response.Headers;
            var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("Content-Security-Policy", html ? SecurityHeaders.HtmlPolicy : SecurityHeaders.ApiPolicy);
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("X-Frame-Options", "DENY");
            if (hsts && context.Request.IsHttps)
            {
                headers.TryAdd("Strict-Transport-Security", SecurityHeaders.StrictTransportSecurity);
            }

            return Task.CompletedTask;
        }, (context, _hsts));
        return next(context);
    }
}
