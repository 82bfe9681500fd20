using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;

namespace OneWindow.Outbox;

internal sealed class Outbox<TContext>(TContext context, EventSourceIdentity source, OutboxSignal signal) : IOutbox
    where TContext : DbContext
{
    public void Add(IntegrationEvent integrationEvent)
    {
        // Consumers drop what another app says on a topic; raising it here is the bug, so fail where it is made.
        var publisher = EventTopic.PublisherOf(integrationEvent.GetType());
        if (!string.Equals(publisher, source.AppId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{EventTopic.Of(integrationEvent.GetType())} is published by {publisher}; this app is {source.AppId}.");
        }

        // The trace of the request that raised the event continues in its consumers.
        var traced = integrationEvent.Trace is null && Activity.Current is { } activity
            ? integrationEvent with { Trace = new TraceContext(activity.Id!, activity.TraceStateString) }
            : integrationEvent;
        var envelope = EventEnvelope.Wrap(traced, source.AppId, source.PubSubName);
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = traced.Id,
            Topic = envelope.Topic,
            Type = envelope.Type,
            Tenant = traced.Tenant,
            OccurredAt = traced.OccurredAt,
            CloudEvent = Encoding.UTF8.GetString(envelope.ToJson()),
            NextAttemptAt = traced.OccurredAt,
        });
        signal.Expect(context);
    }
}
