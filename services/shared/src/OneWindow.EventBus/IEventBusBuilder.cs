using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.EventBus;

/// <summary>Adds the app's subscriptions; handler code is the same whichever transport is configured.</summary>
public interface IEventBusBuilder
{
    IServiceCollection Services { get; }

    /// <summary>Delivers events of <typeparamref name="TEvent"/> (its topic) to a scoped <typeparamref name="THandler"/>.</summary>
    IEventBusBuilder AddSubscription<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>;
}
