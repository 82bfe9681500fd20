using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.EventBus;

/// <summary>One topic this app consumes, with the event class it carries and the handler that takes it.</summary>
public sealed class EventSubscription
{
    private readonly Func<IServiceProvider, IntegrationEvent, CancellationToken, Task> _invoke;

    private EventSubscription(Type eventType, Type handlerType, Func<IServiceProvider, IntegrationEvent, CancellationToken, Task> invoke)
    {
        EventType = eventType;
        HandlerType = handlerType;
        Topic = EventTopic.Of(eventType);
        Consumer = handlerType.Name;
        _invoke = invoke;
    }

    public Type EventType { get; }

    public Type HandlerType { get; }

    public string Topic { get; }

    /// <summary>The handler's stable name: with the event id, the inbox key.</summary>
    public string Consumer { get; }

    public static EventSubscription Create<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent> =>
        new(typeof(TEvent), typeof(THandler), static (services, integrationEvent, cancellationToken) =>
            services.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken));

    internal Task InvokeAsync(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        _invoke(services, integrationEvent, cancellationToken);
}
