using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneWindow.EventBus;
using StackExchange.Redis;

namespace OneWindow.Benchmarks;

[Topic("benchmark-pinged", publisher: "benchmark")]
public sealed record BenchmarkPinged : IntegrationEvent
{
    public required int Sequence { get; init; }

    public override string Subject => Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class PingCounter
{
    private int _handled;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected;

    public Task Expect(int count)
    {
        _handled = 0;
        _expected = count;
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _done.Task;
    }

    public void Handled()
    {
        if (Interlocked.Increment(ref _handled) == _expected)
        {
            _done.TrySetResult();
        }
    }
}

public sealed class BenchmarkPingedHandler(PingCounter counter) : IIntegrationEventHandler<BenchmarkPinged>
{
    public Task HandleAsync(BenchmarkPinged integrationEvent, CancellationToken cancellationToken)
    {
        counter.Handled();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Publish→handled throughput of the redis transport (publish port, consumer group read, CloudEvent
/// parse, DI scope with tenant, handler, acknowledgement) against the bare Redis commands the same
/// flow needs (XADD, XREADGROUP, XACK) on the same server.
/// </summary>
public static class EventBusThroughput
{
    public static async Task<Comparison> RunAsync(string redisConnectionString, int events, int rounds)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisConnectionString);
        var payload = EventEnvelope.Wrap(Ping(0), "benchmark", "pubsub").ToJson();
        var baseline = await Throughput.MedianAsync("bare XADD/XREADGROUP/XACK", rounds, events, n => BareRedisAsync(redis, payload, n));

        using var host = BuildConsumer(redisConnectionString);
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IEventBus>();
        var counter = host.Services.GetRequiredService<PingCounter>();
        var subject = await Throughput.MedianAsync("redis event bus", rounds, events, async n =>
        {
            var done = counter.Expect(n);
            for (var i = 0; i < n; i++)
            {
                await bus.PublishAsync(EventEnvelope.Wrap(Ping(i), "benchmark", "pubsub"), CancellationToken.None);
            }

            await done.WaitAsync(TimeSpan.FromMinutes(5));
        });
        await host.StopAsync();
        return new Comparison("Event bus publish→handled (redis)", baseline, subject, "events");
    }

    private static BenchmarkPinged Ping(int sequence) =>
        new() { Sequence = sequence, OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = "jiangpu" };

    private static async Task BareRedisAsync(ConnectionMultiplexer redis, byte[] payload, int events)
    {
        var database = redis.GetDatabase();
        const string stream = "benchmark-baseline";
        await database.KeyDeleteAsync(stream);
        await database.StreamCreateConsumerGroupAsync(stream, "baseline", StreamPosition.Beginning, createStream: true);
        var consumed = Task.Run(async () =>
        {
            var acknowledged = 0;
            while (acknowledged < events)
            {
                var entries = await database.StreamReadGroupAsync(stream, "baseline", "consumer", StreamPosition.NewMessages, 50);
                foreach (var entry in entries)
                {
                    await database.StreamAcknowledgeAsync(stream, "baseline", entry.Id);
                    acknowledged++;
                }
            }
        });
        for (var i = 0; i < events; i++)
        {
            await database.StreamAddAsync(stream, "data", payload, maxLength: 100_000, useApproximateMaxLength: true);
        }

        await consumed;
    }

    private static IHost BuildConsumer(string redisConnectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = redisConnectionString,
            ["EventBus:AppId"] = "benchmark",
            ["EventBus:Redis:PollInterval"] = "00:00:00.005",
        });
        builder.Services.AddSingleton<PingCounter>();
        builder.AddEventBus().AddSubscription<BenchmarkPinged, BenchmarkPingedHandler>();
        return builder.Build();
    }
}
