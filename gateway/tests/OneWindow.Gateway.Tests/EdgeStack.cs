using Microsoft.AspNetCore.Hosting;
using OneWindow.Testing;

namespace OneWindow.Gateway.Tests;

/// <summary>
/// The gateway behind an ingress in 10.0.0.0/8 (a pod network), with anonymous and receipt budgets small enough to
/// exhaust in a test. Requests name their TCP peer with <see cref="TestPeerAddress"/>; each test uses addresses of its own.
/// </summary>
public sealed class EdgeStack(PlatformServers servers) : PublicRouteStack(servers)
{
    public const string IngressNetwork = "10.0.0.0/8";

    public const int AnonymousBudget = 3;

    public const int ReceiptsBudget = 5;

    protected override int PerAnonymousClientPerMinute => AnonymousBudget;

    protected override int SmsReceiptsPerClientPerMinute => ReceiptsBudget;

    /// <summary>An address in the ingress's network, as an ingress pod has.</summary>
    public static string IngressAddress() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    /// <summary>A public address of its own (a resident, the SMS provider, or someone pretending to be a proxy).</summary>
    public static string PublicAddress() => $"198.51.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Comma-separated, as one environment variable carries the list.
        builder.UseSetting("ForwardedHeaders:KnownNetworks", $"{IngressNetwork}, fd00::/8");
    }
}
