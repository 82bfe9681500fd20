using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace OneWindow.Gateway.Forwarding;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>-Proto</c> from the ingress become the request's client address (so rate limits
/// count residents, not the ingress) and scheme (so HSTS is sent over HTTPS). Only from known proxies: anyone else's
/// headers are ignored, so a client cannot pick its own rate-limit bucket by sending them.
/// </summary>
public static class ForwardedHeadersExtensions
{
    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ForwardedHeadersSettings.Section);
        var settings = new ForwardedHeadersSettings
        {
            KnownNetworks = [.. Entries(section.GetSection(nameof(ForwardedHeadersSettings.KnownNetworks)))],
            KnownProxies = [.. Entries(section.GetSection(nameof(ForwardedHeadersSettings.KnownProxies)))],
            ForwardLimit = section.GetValue(nameof(ForwardedHeadersSettings.ForwardLimit), 1),
        };
        var networks = settings.KnownNetworks.Select(entry => IPNetwork.TryParse(entry, out var network)
            ? network
            : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownNetworks: '{entry}' is not a network in CIDR notation (e.g. 10.244.0.0/16).")).ToList();
        var proxies = settings.KnownProxies.Select(entry => IPAddress.TryParse(entry, out var address)
            ? address
            : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownProxies: '{entry}' is not an IP address.")).ToList();
        if (settings.ForwardLimit < 1)
        {
            throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:ForwardLimit must be at least 1.");
        }

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            // ASP.NET's defaults trust loopback; here only what the operator names is trusted.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            networks.ForEach(options.KnownIPNetworks.Add);
            proxies.ForEach(options.KnownProxies.Add);
        });
        builder.Services.AddSingleton(new TrustedProxies(networks.Count + proxies.Count > 0));
        return builder;
    }

    /// <summary>
    /// Not at all without a known proxy: with both lists empty, ASP.NET's middleware would believe anyone's headers.
    /// </summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<TrustedProxies>().Any ? app.UseForwardedHeaders() : app;

    /// <summary>A list as configuration gives it: indexed children (JSON arrays), one comma-separated value (an environment variable), or both.</summary>
    private static IEnumerable<string> Entries(IConfigurationSection list) =>
        new[] { list.Value }.Concat(list.GetChildren().Select(child => child.Value))
            .SelectMany(value => (value ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed record TrustedProxies(bool Any);
}
