namespace OneWindow.Gateway.Proxy;

/// <summary>
/// Every path no route takes goes to the web console, except under <c>/api/</c>: there a path no service's route takes
/// (<c>/api/billing/...</c>) is nobody's, and the caller, a script or a service, gets 404 in problem details rather
/// than a page.
/// </summary>
public static class UnknownServiceRoute
{
    public static WebApplication MapUnknownServiceClosed(this WebApplication app)
    {
        // Order 0 beats the console's catch-all (1000); every service's route names its service and wins on precedence.
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No service answers at this address."))
            .AllowAnonymous();
        return app;
    }
}
