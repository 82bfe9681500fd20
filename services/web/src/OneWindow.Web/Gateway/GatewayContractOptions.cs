using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace OneWindow.Web.Gateway;

/// <summary>The services the console has clients of, and the methods the gateway serves to anybody.</summary>
public sealed class GatewayContractOptions
{
    public List<ServiceDescriptor> Services { get; } = [];

    /// <summary>Full method names (<c>onewindow.policy_law.v1.Guides/GetGuide</c>) callable without sign-in.</summary>
    public HashSet<string> PublicMethods { get; } = new(StringComparer.Ordinal);
}
