using Microsoft.Extensions.Options;

namespace OneWindow.Identity.Http;

/// <summary>
/// The provider is reached through the gateway (a browser) or at its own address (the console's and the services'
/// back channel), but it has one public address, its issuer: every request is read as addressed to it, first in the
/// pipeline, so discovery names the endpoints a browser can reach (<c>https://onewindow.yangpu.example/connect/…</c>,
/// not the pod's address) and nothing depends on which proxy headers arrived.
/// </summary>
internal sealed class IssuerAddress(IOptions<IdentityProviderOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (options.Value.Issuer is { } issuer)
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Request.Scheme = issuer.Scheme;
                context.Request.Host = new HostString(issuer.Authority);
                return nextMiddleware(context);
            });
        }

        next(app);
    };
}
