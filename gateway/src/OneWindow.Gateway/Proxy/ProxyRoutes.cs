namespace OneWindow.Gateway.Proxy;

/// <summary>Names the routes in configuration refer to.</summary>
public static class ProxyRoutes
{
    /// <summary>The authorization policy of every service route: a valid token. Services check roles themselves.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>YARP's built-in policy name for routes open without a token (public service guides).</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The route id of the SMS provider's signed delivery receipts (appsettings.json), which has its own rate limit.</summary>
    public const string SmsReceipts = "notification-sms-receipts";

    /// <summary>
    /// The route id of the web console (every path no other route takes). Not counted against the callers' budgets:
    /// a centre's browsers share one address, and the console's calls to the services come back through the gateway
    /// with each user's token, counted per user and per centre there (docs/adr/0015).
    /// </summary>
    public const string Console = "console";
}
