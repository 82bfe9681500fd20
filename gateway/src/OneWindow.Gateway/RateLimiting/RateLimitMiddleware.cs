using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc;
using OneWindow.Gateway.Proxy;
using OneWindow.Tenancy;
using StackExchange.Redis;
using Yarp.ReverseProxy.Model;

namespace OneWindow.Gateway.RateLimiting;

/// <summary>
/// Refuses a caller over their minute's budget with 429 and <c>Retry-After</c>. Health endpoints and the web
/// console's pages are not counted. When Redis does not answer the request goes through: a brief lack of rate limiting
/// is better than a district's windows all stopping because a cache is down.
/// </summary>
internal sealed partial class RateLimitMiddleware(RequestDelegate next, ILogger<RateLimitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, RedisRateLimiter limiter, ITenantContext tenant, IProblemDetailsService problems)
    {
        if (context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz")
            || context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId == ProxyRoutes.Console)
        {
            await next(context);
            return;
        }

        RateLimitDecision decision;
        try
        {
            // The address the trusted forwarded headers gave (the resident's, not the ingress's); see Forwarding.
            var client = ClientKey(context.Connection.RemoteIpAddress);
            if (context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId == ProxyRoutes.SmsReceipts)
            {
                decision = await limiter.CountSmsReceiptsAsync(client);
            }
            else
            {
                var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(PlatformClaims.Subject)?.Value : null;
                decision = await limiter.CountAsync(user, tenant.Current.CentreCode, client);
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogLimiterUnavailable(logger, exception);
            await next(context);
            return;
        }

        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        var seconds = (int)Math.Ceiling(decision.RetryAfter.TotalSeconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = decision.ExceededBy switch
                {
                    "tenant" => $"This centre has used its requests for this minute; try again in {seconds} s.",
                    "sms-receipts" => $"This address has sent its delivery receipts for this minute; try again in {seconds} s.",
                    _ => $"You have used your requests for this minute; try again in {seconds} s.",
                },
            },
        });
    }

    /// <summary>
    /// One IPv6 subscriber gets a whole /64 and can move within it at will, so IPv6 clients are counted per /64;
    /// IPv4 (also when mapped into IPv6) per address.
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits are not enforced: Redis does not answer")]
    private static partial void LogLimiterUnavailable(ILogger logger, Exception exception);
}
