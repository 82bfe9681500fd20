using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace OneWindow.Gateway.Proxy;

/// <summary>
/// Headers only our own infrastructure may set. Services trust <c>x-onewindow-internal-*</c> and
/// Dapr's <c>dapr-*</c> (the app API token) only from inside, so a client's copies are dropped.
/// <c>X-Forwarded-*</c> needs nothing here: YARP's default forwarders replace the client's values with
/// what the proxy saw itself; the RFC 7239 <c>Forwarded</c> header, which they do not touch, is dropped.
/// </summary>
public static class InternalHeaders
{
    private static readonly string[] Prefixes = ["x-onewindow-internal-", "dapr-"];

    public static bool IsInternal(string header) =>
        Prefixes.Any(prefix => header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || header.Equals("forwarded", StringComparison.OrdinalIgnoreCase);

    public static void StripFromClients(TransformBuilderContext context) =>
        context.AddRequestTransform(transform =>
        {
            foreach (var header in transform.HttpContext.Request.Headers.Keys.Where(IsInternal))
            {
                transform.ProxyRequest.Headers.Remove(header);
            }

            return ValueTask.CompletedTask;
        });
}
