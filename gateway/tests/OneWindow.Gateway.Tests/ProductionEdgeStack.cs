using Microsoft.AspNetCore.Hosting;
using OneWindow.Testing;

namespace OneWindow.Gateway.Tests;

/// <summary>The gateway as deployed (Production: tokens from an OIDC authority, HSTS) behind an ingress in 10.0.0.0/8.</summary>
public sealed class ProductionEdgeStack(PlatformServers servers) : GatewayStack(servers)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        // Never contacted: these tests send no token.
        builder.UseSetting("Authentication:Authority", "https://id.yangpu.example.test/realms/onewindow");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", EdgeStack.IngressNetwork);
    }
}
