using System.Net;
using OneWindow.Tenancy;

namespace OneWindow.Gateway.Centres;

internal static class CentreRegistration
{
    /// <summary>The refusal at the edge of requests for centres the district has not registered, or has closed.</summary>
    public static IHostApplicationBuilder AddRegisteredCentres(this IHostApplicationBuilder builder)
    {
        // intake's cluster speaks HTTP/2 only (its gRPC endpoint, which also serves the JSON face).
        builder.Services.AddHttpClient(RegisteredCentres.ClientName, client =>
        {
            client.DefaultRequestVersion = HttpVersion.Version20;
            client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
            client.Timeout = TimeSpan.FromSeconds(2);
        });
        builder.Services.AddSingleton<ICentreDirectory, RegisteredCentres>();
        return builder;
    }
}
