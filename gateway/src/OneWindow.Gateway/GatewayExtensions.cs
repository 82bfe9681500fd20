using OneWindow.Gateway.Centres;
using OneWindow.Gateway.Forwarding;
using OneWindow.Gateway.Proxy;
using OneWindow.Gateway.RateLimiting;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Gateway;

public static class GatewayExtensions
{
    /// <summary>
    /// The platform basics (not gRPC: the gateway serves none), forwarded headers from known proxies only, YARP from
    /// the <c>ReverseProxy</c> section, and the rate limits in Redis.
    /// </summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.AddPlatformBasics();
        builder.AddForwardedHeaders();
        // Every route names its policy (the tests hold every configured route to it), so a path that is no route is
        // 404 to anyone rather than 401 to the anonymous: the platform's fallback of "signed in" is not the gateway's.
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ProxyRoutes.Authenticated, policy => policy.RequireAuthenticatedUser())
            .SetFallbackPolicy(null);
        builder.AddRateLimits();
        builder.AddRegisteredCentres();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms(InternalHeaders.StripFromClients);
        return builder;
    }

    /// <summary>
    /// Order matters: the client's address and scheme from the ingress first (everything after counts and
    /// logs the resident, not the ingress), security headers, errors, authentication, the tenant check at the
    /// edge (a clerk naming another centre never reaches a service), rate limits per caller, authorization,
    /// then the proxy.
    /// </summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseTrustedForwardedHeaders();
        app.UsePlatformSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseTenancy();
        app.UseRateLimits();
        app.UseAuthorization();
        app.MapPlatformHealthChecks();
        app.MapSidecarRoutesClosed();
        app.MapUnknownServiceClosed();
        app.MapReverseProxy();
        return app;
    }
}
