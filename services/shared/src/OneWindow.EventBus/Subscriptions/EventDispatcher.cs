using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneWindow.Tenancy;

namespace OneWindow.EventBus;

/// <summary>
/// Runs one delivery the same way for both transports: its own DI scope, the event's tenant in
/// scope (so row-level security applies to the handler as to a request), the middleware (the
/// inbox) around the handler, and a consumer span continuing the producer's trace.
/// </summary>
public sealed partial class EventDispatcher(IServiceScopeFactory scopes, ILogger<EventDispatcher> logger)
{
    public static readonly ActivitySource ActivitySource = new("OneWindow.EventBus");

    public async Task<DeliveryResult> DispatchAsync(EventSubscription subscription, EventEnvelope envelope, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(envelope.Trace?.TraceParent, envelope.Trace?.TraceState, out var parent);
        using var activity = ActivitySource.StartActivity($"{subscription.Topic} process", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "onewindow");
        activity?.SetTag("messaging.destination.name", subscription.Topic);
        activity?.SetTag("messaging.message.id", envelope.Id);
        activity?.SetTag("messaging.consumer.group.name", subscription.Consumer);

        if (UntrustedBecause(subscription, envelope) is { } distrust)
        {
            LogUntrusted(logger, envelope.Id, subscription.Topic, distrust);
            activity?.SetStatus(ActivityStatusCode.Error, distrust);
            return DeliveryResult.DeadLetter($"untrusted: {distrust}");
        }

        IntegrationEvent integrationEvent;
        Tenant tenant;
        try
        {
            integrationEvent = envelope.Unwrap(subscription.EventType);
            tenant = TenantOf(integrationEvent, envelope, subscription);
        }
        catch (MalformedEventException exception)
        {
            LogMalformed(logger, envelope.Id, subscription.Topic, exception.Message);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return DeliveryResult.DeadLetter($"malformed: {exception.Message}");
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
            var delivery = new EventDelivery(integrationEvent, subscription.Topic, subscription.Consumer, scope.ServiceProvider);
            EventHandlingDelegate pipeline = (d, ct) => subscription.InvokeAsync(d.Services, d.Event, ct);
            foreach (var middleware in scope.ServiceProvider.GetServices<IEventHandlingMiddleware>().Reverse())
            {
                var next = pipeline;
                pipeline = (d, ct) => middleware.InvokeAsync(d, next, ct);
            }

            await pipeline(delivery, cancellationToken);
            return DeliveryResult.Handled;
        }
        catch (PoisonEventException exception)
        {
            LogPoison(logger, exception, envelope.Id, subscription.Consumer);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return DeliveryResult.DeadLetter($"poison: {exception.Message}");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogRetry(logger, exception, envelope.Id, subscription.Consumer);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return DeliveryResult.Retry;
        }
    }

    /// <summary>
    /// Why an event must not be handled although it reads well: only the topic's publisher (the event catalogue,
    /// <see cref="TopicAttribute.Publisher"/>) may speak on it. The transports'
    /// credentials (Redis ACLs, Dapr's publishing scopes) keep other apps off the stream; this check keeps a
    /// forgery that got through anyway from taking effect.
    /// </summary>
    private static string? UntrustedBecause(EventSubscription subscription, EventEnvelope envelope)
    {
        var publisher = EventTopic.PublisherOf(subscription.EventType);
        return string.Equals(envelope.Source, publisher, StringComparison.Ordinal)
            ? null
            : $"{subscription.Topic} is published by {publisher}, not by '{envelope.Source}'";
    }

    /// <summary>
    /// The centre the handler runs for. The payload's centre must be the envelope's (the attribute transports and
    /// logs read), and a centre's topic must name one: a missing centre never means the district.
    /// </summary>
    private static Tenant TenantOf(IntegrationEvent integrationEvent, EventEnvelope envelope, EventSubscription subscription)
    {
        if (!string.Equals(integrationEvent.Tenant, envelope.Tenant, StringComparison.Ordinal))
        {
            throw new MalformedEventException(
                $"Event {integrationEvent.Id} names centre '{integrationEvent.Tenant}' in its data and '{envelope.Tenant}' in its envelope.");
        }

        var districtWide = EventTopic.IsDistrictWide(subscription.EventType);
        return integrationEvent.Tenant switch
        {
            null when districtWide => Tenant.District,
            null => throw new MalformedEventException($"Event {integrationEvent.Id} on {subscription.Topic} names no centre; the topic is a centre's."),
            _ when districtWide => throw new MalformedEventException(
                $"Event {integrationEvent.Id} on {subscription.Topic} names centre '{integrationEvent.Tenant}'; the topic is the district's."),
            var code when Tenant.IsValidCentreCode(code) => Tenant.Centre(code),
            var code => throw new MalformedEventException($"Event {integrationEvent.Id} names '{code}', which is not a centre code."),
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} on {Topic} is not trusted and goes to the dead-letter topic: {Reason}")]
    private static partial void LogUntrusted(ILogger logger, string eventId, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} on {Topic} cannot be read and goes to the dead-letter topic: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string eventId, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} can never be handled by {Consumer} and goes to the dead-letter topic")]
    private static partial void LogPoison(ILogger logger, Exception exception, string eventId, string consumer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling event {EventId} by {Consumer} failed; it will be redelivered")]
    private static partial void LogRetry(ILogger logger, Exception exception, string eventId, string consumer);
}
