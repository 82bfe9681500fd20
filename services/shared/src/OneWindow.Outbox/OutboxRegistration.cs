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

    /// <summary>
    /// A job done in the background (ADR 0022): <typeparamref name="TInterceptor"/> recognises work for it among the
    /// changes being saved, whose commit wakes it through <typeparamref name="TSignal"/>; it also runs on the sweep
    /// interval of the section named after it (<c>PayrollComputation:Interval</c>).
    /// </summary>
    public static IHostApplicationBuilder AddSignalledJob<TJob, TSignal, TInterceptor>(this IHostApplicationBuilder builder)
        where TJob : class, ISignalledJob
        where TSignal : CommitSignal
        where TInterceptor : CommitSignalInterceptor<TSignal>
    {
        builder.Services.AddOptions<SweepOptions>(typeof(TJob).Name).BindConfiguration(typeof(TJob).Name);
        builder.Services.AddSingleton<TSignal>();
        builder.Services.AddSingleton<IInterceptor, TInterceptor>();
        builder.Services.AddSingleton<TJob>();
        builder.Services.AddHostedService<SignalledWorker<TJob, TSignal>>();
        return builder;
    }
}
