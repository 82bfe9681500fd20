using System.Collections.Concurrent;

namespace OneWindow.EventBus.Tests;

/// <summary>How the test handler treats an event, so one handler can play every part.</summary>
public enum PingBehaviour
{
    Succeed,
    FailOnce,
    AlwaysFail,
    Poison,
}

[Topic("test-pinged", publisher: "intake")]
public sealed record Pinged : IntegrationEvent
{
    public required Guid Run { get; init; }

    public required int Sequence { get; init; }

    public PingBehaviour Behaviour { get; init; }

    public override string Subject => Run.ToString();

    public static Pinged For(Guid run, int sequence = 1, PingBehaviour behaviour = PingBehaviour.Succeed, string? tenant = "jiangpu") => new()
    {
        Run = run,
        Sequence = sequence,
        Behaviour = behaviour,
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = tenant,
    };
}

/// <summary>A district fact: carried without a centre.</summary>
[Topic("test-announced", publisher: "policy-law", DistrictWide = true)]
public sealed record Announced : IntegrationEvent
{
    public required Guid Run { get; init; }

    public override string Subject => Run.ToString();

    public static Announced For(Guid run, string? tenant = null) => new() { Run = run, OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = tenant };
}

/// <summary>What the handler saw: every attempt, and the successful ones with the tenant in scope.</summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<(Pinged Event, string Tenant)> Handled { get; } = new();

    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    public ConcurrentQueue<(Announced Event, string Tenant)> Announcements { get; } = new();

    public IEnumerable<Pinged> HandledFor(Guid run) => Handled.Select(h => h.Event).Where(e => e.Run == run);

    public int AttemptsOf(Guid eventId) => Attempts.GetValueOrDefault(eventId);
}

public sealed class PingedHandler(HandlerLog log, OneWindow.Tenancy.ITenantContext tenant) : IIntegrationEventHandler<Pinged>
{
    public Task HandleAsync(Pinged integrationEvent, CancellationToken cancellationToken)
    {
        var attempt = log.Attempts.AddOrUpdate(integrationEvent.Id, 1, (_, n) => n + 1);
        switch (integrationEvent.Behaviour)
        {
            case PingBehaviour.FailOnce when attempt == 1:
            case PingBehaviour.AlwaysFail:
                throw new InvalidOperationException("The handler's database is down.");
            case PingBehaviour.Poison:
                throw new PoisonEventException("This event refers to a file that never existed.");
        }

        log.Handled.Enqueue((integrationEvent, tenant.Current.ToString()));
        return Task.CompletedTask;
    }
}

public sealed class AnnouncedHandler(HandlerLog log, OneWindow.Tenancy.ITenantContext tenant) : IIntegrationEventHandler<Announced>
{
    public Task HandleAsync(Announced integrationEvent, CancellationToken cancellationToken)
    {
        log.Announcements.Enqueue((integrationEvent, tenant.Current.ToString()));
        return Task.CompletedTask;
    }
}

public static class Eventually
{
    /// <summary>Polls until the condition holds, failing with the message after a generous bound.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string failure)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail(failure);
    }

    public static Task HoldsAsync(Func<bool> condition, string failure) => HoldsAsync(() => Task.FromResult(condition()), failure);
}
