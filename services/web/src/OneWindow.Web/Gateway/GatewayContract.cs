using Google.Api;
using Google.Protobuf.Reflection;

namespace OneWindow.Web.Gateway;

/// <summary>
/// One RPC as the gateway serves it: the method, its HTTP rule, the gateway's prefix for its service
/// (<c>/api/intake</c>), and whether the gateway lets anybody call it (public guides).
/// </summary>
public sealed record GatewayContract(MethodDescriptor Method, HttpRule Rule, string Prefix, bool Public);
