using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneWindow.EventBus;

namespace OneWindow.Outbox;

/// <summary>
/// Exactly-once effect on top of at-least-once delivery: the record of a handled event and the
/// handler's changes commit in one transaction. A redelivery finds the record and does nothing; two
/// concurrent deliveries serialize on the record's key, and the second finds it committed.
/// </summary>
internal sealed partial class InboxMiddleware<TContext>(TimeProvider clock, ILogger<InboxMiddleware<TContext>> logger) : IEventHandlingMiddleware
    where TContext : DbContext
{
    public async Task InvokeAsync(EventDelivery delivery, EventHandlingDelegate next, CancellationToken cancellationToken)
    {
        var context = delivery.Services.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var recorded = await context.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages (event_id, consumer, topic, handled_at)
            VALUES ({delivery.Event.Id}, {delivery.Consumer}, {delivery.Topic}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (recorded == 0)
        {
            LogDuplicate(logger, delivery.Event.Id, delivery.Consumer);
            return;
        }

        await next(delivery, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} was already handled by {Consumer}; this delivery has no effect")]
    private static partial void LogDuplicate(ILogger logger, Guid eventId, string consumer);
}
