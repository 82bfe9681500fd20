using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OneWindow.EventBus.Dapr;
using OneWindow.EventBus.Redis;
using OneWindow.Redis;
using OneWindow.Tenancy;

namespace OneWindow.EventBus;

public static class EventBusRegistration
{
    // Below the chart's readiness probe timeout (3 s), as the platform's other checks.
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The event bus on the transport <c>EventBus:Transport</c> names (<c>redis</c> or <c>dapr</c>),
    /// its readiness check, and the subscription machinery for that transport.
    /// </summary>
    public static IEventBusBuilder AddEventBus(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(EventBusOptions.Section);
        var settings = section.Get<EventBusOptions>() ?? new EventBusOptions();
        if (string.IsNullOrWhiteSpace(settings.AppId))
        {
            throw new InvalidOperationException("EventBus:AppId is not configured: it is the CloudEvent source and the consumer group.");
        }

        if (settings.Transport == EventTransport.Dapr && string.IsNullOrWhiteSpace(settings.AppApiToken))
        {
            throw new InvalidOperationException(
                "EventBus:AppApiToken is not configured: on the dapr transport only the sidecar, presenting the app's token, may deliver events.");
        }

        var services = builder.Services;
        services.AddOptions<EventBusOptions>().Bind(section);
        services.AddTenancy();
        services.TryAddSingleton(TimeProvider.System);
        var subscriptions = new EventSubscriptions();
        services.AddSingleton(subscriptions);
        services.AddSingleton<EventDispatcher>();

        if (settings.Transport == EventTransport.Dapr)
        {
            services.AddDaprClient();
            services.AddSingleton<DaprEventBus>();
            services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<DaprEventBus>());
            services.AddSingleton<IDeadLetterPublisher>(sp => sp.GetRequiredService<DaprEventBus>());
            // Degraded, not Unhealthy (docs/adr/0012): the outbox keeps what is published until the bus takes it,
            // so requests still work; and a broken sidecar is restarted by its own probes, not by ours.
            services.AddHealthChecks().AddCheck<DaprSidecarHealthCheck>("event-bus", HealthStatus.Degraded, ["ready"], HealthCheckTimeout);
        }
        else
        {
            var redis = builder.Configuration.GetConnectionString("redis")
                ?? throw new InvalidOperationException("ConnectionStrings:redis is not configured: the redis event transport needs it.");
            services.AddRedisConnection(redis);
            services.AddSingleton<RedisStreamsEventBus>();
            services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<RedisStreamsEventBus>());
            services.AddSingleton<IDeadLetterPublisher>(sp => sp.GetRequiredService<RedisStreamsEventBus>());
            services.AddHostedService<RedisStreamsConsumer>();
            services.AddHealthChecks().AddCheck<RedisStreamsHealthCheck>("event-bus", HealthStatus.Degraded, ["ready"], HealthCheckTimeout);
        }

        return new EventBusBuilder(services, subscriptions);
    }

    /// <summary>
    /// On the dapr transport, the routes Dapr delivers to and <c>/dapr/subscribe</c>; on the redis
    /// transport nothing (the consumer is a background service). Call it in every service that subscribes.
    /// </summary>
    public static WebApplication MapEventSubscriptions(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<EventBusOptions>>().Value;
        if (settings.Transport == EventTransport.Dapr)
        {
            DaprSubscriptionEndpoints.Map(app, settings);
        }

        return app;
    }

    private sealed class EventBusBuilder(IServiceCollection services, EventSubscriptions subscriptions) : IEventBusBuilder
    {
        public IServiceCollection Services => services;

        public IEventBusBuilder AddSubscription<TEvent, THandler>()
            where TEvent : IntegrationEvent
            where THandler : class, IIntegrationEventHandler<TEvent>
        {
            subscriptions.Add(EventSubscription.Create<TEvent, THandler>());
            services.TryAddScoped<THandler>();
            return this;
        }
    }
}
