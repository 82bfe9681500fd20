namespace OneWindow.Gateway.Proxy;

/// <summary>
/// A service's Dapr routes (<c>/events/&lt;topic&gt;</c>, <c>/dapr/subscribe</c>) are for its sidecar, on the pod's
/// own network: through the gateway they do not exist, whatever token a caller brings (docs/adr/0011).
/// </summary>
public static class SidecarRoutes
{
    public const string Refusal = "Event delivery is the Dapr sidecar's, inside the cluster; it is not reachable through the gateway.";

    public static WebApplication MapSidecarRoutesClosed(this WebApplication app)
    {
        foreach (var pattern in new[] { "/api/{service}/events/{**rest}", "/api/{service}/dapr/{**rest}" })
        {
            // Before every proxied route: YARP's routes name the service literally and would win on precedence alone.
            app.Map(pattern, () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: Refusal))
                .AllowAnonymous()
                .WithOrder(-100);
        }

        return app;
    }
}
