using OneWindow.Testing;

namespace OneWindow.Gateway.Tests;

/// <summary>The gateway with no known proxy configured (the chart's default) and a small anonymous budget.</summary>
public sealed class UntrustingEdgeStack(PlatformServers servers) : PublicRouteStack(servers)
{
    protected override int PerAnonymousClientPerMinute => EdgeStack.AnonymousBudget;
}
