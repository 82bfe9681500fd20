using System.Text;
using System.Text.Json;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.EventBus.Tests;

/// <summary>
/// The redis transport on a real Redis server. The tests of this class run one after another and
/// each starts from empty streams, because every consumer group reads its stream from the start.
/// </summary>
public sealed class RedisStreamsTransportTests(PlatformServers servers) : IAsyncLifetime
{
    private const string Topic = "test-pinged";
    private const string DeadLetters = "dead-letter";
    private ConnectionMultiplexer _redis = null!;

    private IDatabase Redis => _redis.GetDatabase();

    public async ValueTask InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);
        await Redis.KeyDeleteAsync([Topic, DeadLetters]);
    }

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task A_published_event_reaches_its_handler_with_its_centre_in_scope()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "intake");
        var run = Guid.NewGuid();

        await app.PublishAsync(Pinged.For(run, tenant: "dinghai"));

        await Eventually.HoldsAsync(() => app.Log.HandledFor(run).Any(), "The event never reached its handler.");
        Assert.Equal("dinghai", Assert.Single(app.Log.Handled, h => h.Event.Run == run).Tenant);
    }

    [Fact]
    public async Task A_district_wide_event_is_handled_in_district_scope()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "review");
        var run = Guid.NewGuid();

        await app.PublishAsync(Announced.For(run));

        await Eventually.HoldsAsync(() => app.Log.Announcements.Any(a => a.Event.Run == run), "The event never reached its handler.");
        Assert.Equal("district", Assert.Single(app.Log.Announcements, a => a.Event.Run == run).Tenant);
    }

    [Fact]
    public async Task A_centre_named_on_the_district_s_topic_is_dead_lettered_and_never_handled()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "review");
        var run = Guid.NewGuid();

        await app.PublishAsync(Announced.For(run, tenant: "jiangpu"));

        await Eventually.HoldsAsync(async () => await Redis.StreamLengthAsync(DeadLetters) == 1, "The event was not dead-lettered.");
        Assert.Contains("the topic is the district's", (string)Assert.Single(await Redis.StreamRangeAsync(DeadLetters))["reason"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Log.Announcements, a => a.Event.Run == run);
    }

    [Fact]
    public async Task The_stream_has_the_shape_daprs_redis_component_uses()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "notification");
        var run = Guid.NewGuid();

        await app.PublishAsync(Pinged.For(run));
        await Eventually.HoldsAsync(() => app.Log.HandledFor(run).Any(), "The event never reached its handler.");

        var entry = Assert.Single(await Redis.StreamRangeAsync(Topic));
        Assert.Equal(["data"], entry.Values.Select(v => v.Name.ToString()));
        using var cloudEvent = JsonDocument.Parse((string)entry["data"]!);
        Assert.Equal("1.0", cloudEvent.RootElement.GetProperty("specversion").GetString());
        Assert.Equal(Topic, cloudEvent.RootElement.GetProperty("topic").GetString());
        Assert.Equal("pubsub", cloudEvent.RootElement.GetProperty("pubsubname").GetString());
        Assert.Equal("notification", Assert.Single(await Redis.StreamGroupInfoAsync(Topic)).Name);
    }

    [Fact]
    public async Task An_entry_is_acknowledged_only_after_its_handler_succeeded()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "policy-law");
        var pinged = Pinged.For(Guid.NewGuid(), behaviour: PingBehaviour.FailOnce);

        await app.PublishAsync(pinged);

        await Eventually.HoldsAsync(
            async () => app.Log.AttemptsOf(pinged.Id) == 1 && (await Redis.StreamPendingAsync(Topic, "policy-law")).PendingMessageCount == 1,
            "After a failed attempt the entry should still be pending (not acknowledged).");
        await Eventually.HoldsAsync(() => app.Log.HandledFor(pinged.Run).Any(), "The entry was never redelivered after the failure.");
        await Eventually.HoldsAsync(
            async () => (await Redis.StreamPendingAsync(Topic, "policy-law")).PendingMessageCount == 0,
            "The entry was not acknowledged after its handler succeeded.");
        Assert.Equal(2, app.Log.AttemptsOf(pinged.Id));
    }

    [Fact]
    public async Task An_entry_left_pending_by_a_killed_consumer_is_delivered_to_another()
    {
        var pinged = Pinged.For(Guid.NewGuid());
        await Redis.StreamCreateConsumerGroupAsync(Topic, "social-work", StreamPosition.Beginning, createStream: true);
        await Redis.StreamAddAsync(Topic, "data", EventEnvelope.Wrap(pinged, "intake", "pubsub").ToJson());
        // A replica read the entry and died before acknowledging it.
        var taken = await Redis.StreamReadGroupAsync(Topic, "social-work", "replica-that-died", StreamPosition.NewMessages, 1);
        Assert.Single(taken);

        await using var app = await RedisBusHost.StartAsync(servers, "social-work");

        await Eventually.HoldsAsync(() => app.Log.HandledFor(pinged.Run).Any(), "The orphaned entry was never claimed by the live replica.");
        await Eventually.HoldsAsync(
            async () => (await Redis.StreamPendingAsync(Topic, "social-work")).PendingMessageCount == 0,
            "The reclaimed entry was not acknowledged.");
    }

    [Fact]
    public async Task An_event_that_keeps_failing_is_dead_lettered_after_the_attempt_limit_and_the_stream_moves_on()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "hr-payroll", maxDeliveryAttempts: 3);
        var failing = Pinged.For(Guid.NewGuid(), behaviour: PingBehaviour.AlwaysFail);
        var next = Pinged.For(Guid.NewGuid());

        await app.PublishAsync(failing);
        await app.PublishAsync(next);

        await Eventually.HoldsAsync(() => app.Log.HandledFor(next.Run).Any(), "A failing event blocked the one behind it.");
        var deadLetter = await WaitForDeadLetterAsync(failing.Run);
        Assert.Equal(Topic, (string)deadLetter["origin-topic"]!);
        Assert.Equal("hr-payroll", (string)deadLetter["consumer"]!);
        Assert.Contains("3 deliveries", (string)deadLetter["reason"]!, StringComparison.Ordinal);
        Assert.Equal(3, app.Log.AttemptsOf(failing.Id));
        await Eventually.HoldsAsync(
            async () => (await Redis.StreamPendingAsync(Topic, "hr-payroll")).PendingMessageCount == 0,
            "The dead-lettered entry is still pending.");
    }

    [Fact]
    public async Task A_poison_event_is_dead_lettered_without_retrying()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "intake");
        var poison = Pinged.For(Guid.NewGuid(), behaviour: PingBehaviour.Poison);

        await app.PublishAsync(poison);

        var deadLetter = await WaitForDeadLetterAsync(poison.Run);
        Assert.StartsWith("poison", (string)deadLetter["reason"]!, StringComparison.Ordinal);
        Assert.Equal(1, app.Log.AttemptsOf(poison.Id));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"intake","type":"onewindow.intake.test-pinged.v1","data":{"run":"not-a-guid","sequence":1}}""")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"intake","type":"onewindow.intake.test-pinged.v1","data":{"run":"7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10","sequence":1,"occurredAt":"2026-11-23T08:00:00Z","tenant":"NOT A CENTRE"}}""")]
    [InlineData("""{"specversion":"1.0","id":"x","source":"intake","type":"onewindow.intake.test-pinged.v1","data":{"run":"7d0c1c8e-7e5a-4a53-8a35-5d6b6f1f8f10","sequence":1,"occurredAt":"2026-11-23T08:00:00Z","tenant":"jiangpu","behaviour":"explode"}}""")]
    public async Task A_malformed_entry_is_dead_lettered_and_never_blocks_the_stream(string data)
    {
        await using var app = await RedisBusHost.StartAsync(servers, "review");
        await Redis.StreamAddAsync(Topic, "data", data);
        var next = Pinged.For(Guid.NewGuid());
        await app.PublishAsync(next);

        await Eventually.HoldsAsync(() => app.Log.HandledFor(next.Run).Any(), "A malformed entry blocked the stream.");
        await Eventually.HoldsAsync(async () => await Redis.StreamLengthAsync(DeadLetters) == 1, "The malformed entry was not dead-lettered.");
        var deadLetter = Assert.Single(await Redis.StreamRangeAsync(DeadLetters));
        Assert.Equal(data, (string)deadLetter["data"]!);
        Assert.StartsWith("malformed", (string)deadLetter["reason"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review", "jiangpu", "jiangpu", "published by intake, not by 'review'")]
    [InlineData("gateway", "jiangpu", "jiangpu", "published by intake, not by 'gateway'")]
    [InlineData("intake", null, null, "names no centre")]
    [InlineData("intake", "jiangpu", "dinghai", "in its data and 'dinghai' in its envelope")]
    [InlineData("intake", "jiangpu", null, "in its data and '' in its envelope")]
    public async Task A_forged_event_is_dead_lettered_and_never_handled(string source, string? dataCentre, string? envelopeCentre, string reason)
    {
        await using var app = await RedisBusHost.StartAsync(servers, "review");
        var forged = Pinged.For(Guid.NewGuid(), tenant: dataCentre);
        await Redis.StreamAddAsync(Topic, "data", (EventEnvelope.Wrap(forged, source, "pubsub") with { Tenant = envelopeCentre }).ToJson());
        var next = Pinged.For(Guid.NewGuid());
        await app.PublishAsync(next);

        await Eventually.HoldsAsync(() => app.Log.HandledFor(next.Run).Any(), "A forged entry blocked the stream.");
        await Eventually.HoldsAsync(async () => await Redis.StreamLengthAsync(DeadLetters) == 1, "The forged entry was not dead-lettered.");
        Assert.Contains(reason, (string)Assert.Single(await Redis.StreamRangeAsync(DeadLetters))["reason"]!, StringComparison.Ordinal);
        Assert.Empty(app.Log.HandledFor(forged.Run));
        Assert.Equal(0, app.Log.AttemptsOf(forged.Id));
    }

    [Fact]
    public async Task An_entry_without_a_data_field_is_dead_lettered()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "review");
        await Redis.StreamAddAsync(Topic, "payload", "hello");

        await Eventually.HoldsAsync(async () => await Redis.StreamLengthAsync(DeadLetters) == 1, "The entry was not dead-lettered.");
        Assert.Contains("no 'data' field", (string)Assert.Single(await Redis.StreamRangeAsync(DeadLetters))["reason"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicas_of_one_app_share_the_events_and_each_is_handled_once()
    {
        await using var first = await RedisBusHost.StartAsync(servers, "intake");
        await using var second = await RedisBusHost.StartAsync(servers, "intake");
        var run = Guid.NewGuid();

        for (var sequence = 1; sequence <= 40; sequence++)
        {
            await first.PublishAsync(Pinged.For(run, sequence));
        }

        await Eventually.HoldsAsync(
            () => first.Log.HandledFor(run).Count() + second.Log.HandledFor(run).Count() >= 40,
            "Not every event was handled by one of the replicas.");
        var sequences = first.Log.HandledFor(run).Concat(second.Log.HandledFor(run)).Select(e => e.Sequence).Order();
        Assert.Equal(Enumerable.Range(1, 40), sequences);
    }

    [Fact]
    public async Task Every_subscribing_app_gets_every_event()
    {
        await using var intake = await RedisBusHost.StartAsync(servers, "intake");
        await using var notification = await RedisBusHost.StartAsync(servers, "notification");
        var run = Guid.NewGuid();

        await intake.PublishAsync(Pinged.For(run));

        await Eventually.HoldsAsync(
            () => intake.Log.HandledFor(run).Any() && notification.Log.HandledFor(run).Any(),
            "One of the apps did not get the event.");
    }

    [Fact]
    public async Task Streams_are_trimmed_to_about_the_configured_length()
    {
        await using var app = await RedisBusHost.StartAsync(servers, "intake", maxLenApprox: 100);
        var run = Guid.NewGuid();

        for (var sequence = 1; sequence <= 1_000; sequence++)
        {
            await app.PublishAsync(Pinged.For(run, sequence));
        }

        // Approximate trimming drops whole nodes of the stream, so the length stays near, not at, the bound.
        Assert.InRange(await Redis.StreamLengthAsync(Topic), 100, 300);
    }

    private async Task<StreamEntry> WaitForDeadLetterAsync(Guid run)
    {
        StreamEntry? found = null;
        await Eventually.HoldsAsync(
            async () =>
            {
                found = (await Redis.StreamRangeAsync(DeadLetters))
                    .Cast<StreamEntry?>()
                    .FirstOrDefault(e => Encoding.UTF8.GetString((byte[])e!.Value["data"]!).Contains(run.ToString(), StringComparison.Ordinal));
                return found is not null;
            },
            "The event never reached the dead-letter topic.");
        return found!.Value;
    }
}
