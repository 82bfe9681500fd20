using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneWindow.EventBus.Dapr;

/// <summary>
/// The HTTP side of Dapr subscriptions: <c>/dapr/subscribe</c> lists one route per subscribed topic,
/// and each route answers Dapr's way: <c>SUCCESS</c>, <c>RETRY</c> (Dapr redelivers per its
/// resiliency policy) or <c>DROP</c> (after we moved the event to the dead-letter topic ourselves).
/// </summary>
internal static partial class DaprSubscriptionEndpoints
{
    /// <summary>The header in which Dapr presents the app API token (APP_API_TOKEN) to the app.</summary>
    public const string AppTokenHeader = "dapr-api-token";

    private const string CloudEventHeaderPrefix = "Cloudevent.";

    public static void Map(WebApplication app, EventBusOptions settings)
    {
        // Dapr posts structured CloudEvents; the middleware hands the route the data and, as headers,
        // the attributes we need back (id, type, source, tenant, trace context).
        app.UseCloudEvents(new CloudEventsMiddlewareOptions { ForwardCloudEventPropertiesAsHeaders = true });
        // The sidecar asks for the subscriptions without a user token (and without the app token: Dapr sends
        // it only with deliveries); the list names topics and routes, nothing a caller could act on.
        app.MapSubscribeHandler().AllowAnonymous().ExcludeFromDescription();
        // No user token either: the app token is the credential, checked first in every route.
        var routes = app.MapGroup("/events").AllowAnonymous().ExcludeFromDescription();
        foreach (var subscription in app.Services.GetRequiredService<EventSubscriptions>().All)
        {
            routes.MapPost($"/{subscription.Topic}", (HttpContext http, CancellationToken cancellationToken) =>
                    HandleAsync(http, subscription, cancellationToken))
                .WithTopic(settings.PubSubName, subscription.Topic);
        }
    }

    private static async Task<IResult> HandleAsync(HttpContext http, EventSubscription subscription, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var settings = services.GetRequiredService<IOptions<EventBusOptions>>().Value;
        if (!IsFromSidecar(http, settings))
        {
            LogRefused(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DaprSubscriptionEndpoints)), subscription.Topic, http.Connection.RemoteIpAddress?.ToString());
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Only the Dapr sidecar delivers events.");
        }

        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, cancellationToken);
        var data = body.ToArray();
        var envelope = EnvelopeOf(http.Request.Headers, subscription, settings, data);
        var result = envelope is null
            ? DeliveryResult.DeadLetter("malformed: the CloudEvent has no id")
            : await services.GetRequiredService<EventDispatcher>().DispatchAsync(subscription, envelope, cancellationToken);
        switch (result.Outcome)
        {
            case DeliveryOutcome.Handled:
                return Status("SUCCESS");
            case DeliveryOutcome.DeadLetter:
                try
                {
                    await services.GetRequiredService<IDeadLetterPublisher>().PublishAsync(
                        new DeadLetter(envelope?.ToJson() ?? data, subscription.Topic, settings.Group, result.Reason!), cancellationToken);
                    return Status("DROP");
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Not dead-lettered: keep it on the bus rather than lose it.
                    return Status("RETRY");
                }

            default:
                return Status("RETRY");
        }
    }

    private static EventEnvelope? EnvelopeOf(IHeaderDictionary headers, EventSubscription subscription, EventBusOptions settings, byte[] data)
    {
        string? Attribute(string name) => headers[CloudEventHeaderPrefix + name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        if (Attribute("id") is not { } id)
        {
            return null;
        }

        var traceParent = Attribute("traceparent") ?? headers["traceparent"].FirstOrDefault();
        return new EventEnvelope
        {
            Id = id,
            Type = Attribute("type") ?? string.Empty,
            Source = Attribute("source") ?? string.Empty,
            Topic = subscription.Topic,
            PubSubName = Attribute("pubsubname") ?? settings.PubSubName,
            Subject = Attribute("subject"),
            Time = DateTimeOffset.TryParse(Attribute("time"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time)
                ? time
                : DateTimeOffset.MinValue,
            Tenant = Attribute("tenant"),
            Trace = traceParent is null ? null : new TraceContext(traceParent, Attribute("tracestate") ?? headers["tracestate"].FirstOrDefault()),
            Data = data,
        };
    }

    /// <summary>
    /// Only a caller presenting the app API token (Dapr's APP_API_TOKEN) may post events: the routes are
    /// reachable inside the cluster, and the sidecar is the only legitimate caller.
    /// </summary>
    private static bool IsFromSidecar(HttpContext http, EventBusOptions settings)
    {
        if (string.IsNullOrEmpty(settings.AppApiToken))
        {
            return false;
        }

        var presented = http.Request.Headers[AppTokenHeader].FirstOrDefault() ?? string.Empty;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(settings.AppApiToken));
    }

    private static IResult Status(string status) => Results.Json(new { status });

    [LoggerMessage(Level = LogLevel.Warning, Message = "A delivery to {Topic} from {Remote} did not present the app token and was refused")]
    private static partial void LogRefused(ILogger logger, string topic, string? remote);
}
