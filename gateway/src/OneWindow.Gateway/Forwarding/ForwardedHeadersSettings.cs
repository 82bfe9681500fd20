namespace OneWindow.Gateway.Forwarding;

/// <summary>
/// The <c>ForwardedHeaders</c> section: who may tell the gateway a client's address and scheme. Entries may
/// also be comma-separated, so one environment variable can carry a list.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Networks (CIDR) the ingress controller's pods have addresses in: in Kubernetes, the cluster's pod network.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Single addresses of proxies, beside or instead of <see cref="KnownNetworks"/>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// How many proxies' entries to take from the right of <c>X-Forwarded-For</c>: 1 when the ingress is the only
    /// proxy, 2 when a load balancer that also appends sits in front of it (and is itself a known proxy).
    /// </summary>
    public int ForwardLimit { get; set; } = 1;
}
