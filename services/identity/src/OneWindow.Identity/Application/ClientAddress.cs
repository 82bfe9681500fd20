using System.Net;
using Microsoft.Extensions.Options;

namespace OneWindow.Identity.Application;

/// <summary>
/// The address a request comes from, for the per-address limit on codes: the connection's, or, when the connection
/// is a trusted proxy (the gateway, which sets <c>X-Forwarded-For</c> from what it saw), the last address that proxy
/// names. Anything else in the header is the client's own say and is ignored.
/// </summary>
public sealed class ClientAddress(IOptions<ResidentSignInOptions> options)
{
    private readonly List<IPNetwork> _trusted = [.. options.Value.TrustedProxies.Select(entry =>
        IPNetwork.TryParse(entry.Contains('/', StringComparison.Ordinal) ? entry : entry + (entry.Contains(':', StringComparison.Ordinal) ? "/128" : "/32"), out var network)
            ? network
            : throw new InvalidOperationException($"{ResidentSignInOptions.Section}:TrustedProxies: '{entry}' is not an IP address or CIDR network."))];

    public string Of(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (remote is null)
        {
            return "unknown";
        }

        remote = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        if (_trusted.Any(network => network.Contains(remote))
            && http.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [.., var last]
            && IPAddress.TryParse(last, out var forwarded))
        {
            return forwarded.ToString();
        }

        return remote.ToString();
    }
}
