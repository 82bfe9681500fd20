using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneWindow.EventBus;

namespace OneWindow.Outbox;

/// <summary>
/// Publishes committed events until the bus accepts them. Rows are locked with SKIP LOCKED, so
/// several replicas share the work without publishing one event twice at the same time; an event
/// the bus refuses is retried with exponential backoff. Delivery is at least once: consumers dedupe.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IEventBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan CleanupEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var nextCleanup = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(settings, stoppingToken);
                if (clock.GetUtcNow() >= nextCleanup)
                {
                    await RemoveExpiredAsync(settings, stoppingToken);
                    nextCleanup = clock.GetUtcNow() + CleanupEvery;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, exception);
            }

            if (published < settings.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    internal async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var batch = await context.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE published_at IS NULL AND next_attempt_at <= {now}
                ORDER BY occurred_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var message in batch)
        {
            try
            {
                await bus.PublishAsync(EventEnvelope.Parse(Encoding.UTF8.GetBytes(message.CloudEvent)), cancellationToken);
                message.PublishedAt = clock.GetUtcNow();
                published++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.Attempts++;
                message.NextAttemptAt = clock.GetUtcNow() + Backoff(message.Attempts, settings.MaxBackoff);
                message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                LogPublishFailed(logger, message.Id, message.Topic, message.Attempts, exception);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private async Task RemoveExpiredAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var before = clock.GetUtcNow() - settings.Retention;
        await context.Set<OutboxMessage>().Where(m => m.PublishedAt < before).ExecuteDeleteAsync(cancellationToken);
        await context.Set<InboxMessage>().Where(m => m.HandledAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static TimeSpan Backoff(int attempts, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Min(attempts, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher failed; it will try again")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing event {EventId} on {Topic} failed (attempt {Attempts}); it will be retried")]
    private static partial void LogPublishFailed(ILogger logger, Guid eventId, string topic, int attempts, Exception exception);
}
