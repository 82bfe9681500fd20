using System.Text.RegularExpressions;
using Google.Api;
using Google.Protobuf.Reflection;

namespace OneWindow.Web.Gateway;

/// <summary>
/// One RPC as the gateway serves it: the method, its HTTP rule, the gateway's prefix for its service
/// (<c>/api/intake</c>), and whether the gateway lets anybody call it (public guides).
/// </summary>
public sealed partial record GatewayContract(MethodDescriptor Method, HttpRule Rule, string Prefix, bool Public)
{
    /// <summary>
    /// The prefix of the service a call goes to: the contract's own, or the service named as the call's host when
    /// every service serves the contract (protos/audit). A host is a service's name, never a path.
    /// </summary>
    public static string PrefixFor(GatewayContract contract, string? host) => host switch
    {
        null => contract.Prefix,
        _ when ServiceName().IsMatch(host) => "/api/" + host,
        _ => throw new ArgumentException($"'{host}' is not the name of a service behind the gateway.", nameof(host)),
    };

    [GeneratedRegex(@"^[a-z][a-z-]{1,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceName();
}
