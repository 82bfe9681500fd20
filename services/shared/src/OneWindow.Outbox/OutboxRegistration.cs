using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OneWindow.EventBus;
using OneWindow.Persistence;

namespace OneWindow.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// The transactional outbox (IOutbox and its dispatcher) and the inbox (every event handler runs
    /// inside an inbox transaction) for a service's DbContext. The model must call
    /// <see cref="OutboxModel.AddOutboxAndInbox"/>.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox<TContext>(this IHostApplicationBuilder builder)
        where TContext : TenantDbContext
    {
        var eventBus = builder.Configuration.GetSection("EventBus");
        var source = new EventSourceIdentity(
            eventBus["AppId"] ?? throw new InvalidOperationException("EventBus:AppId is not configured: the outbox needs the CloudEvent source."),
            eventBus["PubSubName"] ?? "pubsub");
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(source);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSignalInterceptor>();
        builder.Services.AddScoped<IOutbox, Outbox<TContext>>();
        builder.Services.AddScoped<IEventHandlingMiddleware, InboxMiddleware<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        return builder;
    }
}
