namespace OneWindow.EventBus;

/// <summary>
/// Wraps every handler invocation, whichever adapter delivered the event: the inbox uses it to
/// deduplicate and to commit the handler's changes with the record of the handled event.
/// </summary>
public interface IEventHandlingMiddleware
{
    Task InvokeAsync(EventDelivery delivery, EventHandlingDelegate next, CancellationToken cancellationToken);
}
