namespace OneWindow.EventBus;

/// <summary>The next step of the handling pipeline (ultimately, the handler).</summary>
public delegate Task EventHandlingDelegate(EventDelivery delivery, CancellationToken cancellationToken);

/// <summary>
/// Wraps every handler invocation, whichever adapter delivered the event: the inbox uses it to
/// deduplicate and to commit the handler's changes with the record of the handled event.
/// </summary>
public interface IEventHandlingMiddleware
{
    Task InvokeAsync(EventDelivery delivery, EventHandlingDelegate next, CancellationToken cancellationToken);
}

/// <summary>One event handed to one handler (the consumer).</summary>
/// <param name="Event">The deserialized event.</param>
/// <param name="Topic">The topic it came on.</param>
/// <param name="Consumer">Stable name of the handler within the app; the inbox key is (event id, consumer).</param>
/// <param name="Services">The delivery's DI scope.</param>
public sealed record EventDelivery(IntegrationEvent Event, string Topic, string Consumer, IServiceProvider Services);
