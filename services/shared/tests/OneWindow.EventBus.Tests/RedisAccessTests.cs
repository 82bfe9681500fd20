using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Testing;
using StackExchange.Redis;

namespace OneWindow.EventBus.Tests;

/// <summary>
/// The Redis users of the redis transport (eng/lib/redis-acl.sh, from the chart's event scopes) on a real server:
/// with them, an app cannot write on a topic it does not publish, read a topic it does not subscribe to, or touch
/// another app's keys, so a forged event cannot reach the stream at all — the guarantee Dapr's scopes give.
/// </summary>
public sealed class RedisAccessTests(PlatformServers servers) : IAsyncLifetime
{
    private const string DeadLetters = "access-tests-dead-letter";

    private readonly Dictionary<string, string> _connections = [];

    public async ValueTask InitializeAsync()
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync(servers.Redis.ConnectionString);
        foreach (var (user, rules) in new[]
        {
            // A dead-letter topic of this class's own: the transport tests count the entries of the shared one.
            ("intake", $"redis_acl_service_rules intake intake-password redis {DeadLetters}"),
            ("review", "redis_acl_service_rules review review-password redis"),
            ("gateway", "redis_acl_gateway_rules gateway-password"),
        })
        {
            var arguments = (await RulesAsync(rules)).Prepend(user).Prepend("SETUSER").ToArray<object>();
            await admin.GetDatabase().ExecuteAsync("ACL", arguments);
            _connections[user] = $"{servers.Redis.ConnectionString},user={user},password={user}-password";
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_service_publishes_through_the_transport_only_on_its_own_topics_and_the_dead_letter_topic()
    {
        await using var intake = await RedisBusHost.StartAsync(servers, "intake", connectionString: _connections["intake"], deadLetterTopic: DeadLetters);

        await intake.Bus.PublishAsync(Envelope("application-accepted", "intake"), CancellationToken.None);
        await intake.Host.Services.GetRequiredService<IDeadLetterPublisher>().PublishAsync(
            new DeadLetter("{}"u8.ToArray(), "application-approved", "intake", "test"), CancellationToken.None);
        var forged = await Assert.ThrowsAsync<RedisServerException>(() =>
            intake.Bus.PublishAsync(Envelope("application-reviewed", "review"), CancellationToken.None));

        Assert.StartsWith("NOPERM", forged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_reads_as_a_consumer_group_only_the_topics_it_subscribes_to()
    {
        await using var review = await ConnectionMultiplexer.ConnectAsync(_connections["review"]);
        var database = review.GetDatabase();
        var group = $"review-{Guid.NewGuid():N}";

        await database.StreamCreateConsumerGroupAsync("application-accepted", group, StreamPosition.Beginning, createStream: true);
        await database.StreamReadGroupAsync("application-accepted", group, "reader", StreamPosition.NewMessages, 10);
        var reading = await Assert.ThrowsAsync<RedisServerException>(() =>
            database.StreamCreateConsumerGroupAsync("payslip-issued", group, StreamPosition.Beginning, createStream: true));
        var browsing = await Assert.ThrowsAsync<RedisServerException>(() => database.StreamRangeAsync("application-accepted"));

        Assert.StartsWith("NOPERM", reading.Message, StringComparison.Ordinal);
        Assert.StartsWith("NOPERM", browsing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application-accepted")]
    [InlineData("dead-letter")]
    public async Task The_gateway_can_write_no_event(string topic)
    {
        await using var gateway = await ConnectionMultiplexer.ConnectAsync(_connections["gateway"]);

        var writing = await Assert.ThrowsAsync<RedisServerException>(() => gateway.GetDatabase().StreamAddAsync(topic, "data", "{}"));

        Assert.StartsWith("NOPERM", writing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workload_touches_its_own_keys_and_no_other_s()
    {
        // allowAdmin: so that the server, not the client library, is what refuses the administration.
        await using var review = await ConnectionMultiplexer.ConnectAsync(_connections["review"] + ",allowAdmin=true");
        var database = review.GetDatabase();

        await database.StringSetAsync("review:probe", "1", TimeSpan.FromMinutes(1));
        var counter = await database.ScriptEvaluateAsync("return redis.call('INCR', KEYS[1])", ["review:counter"]);
        var foreign = await Assert.ThrowsAsync<RedisServerException>(() => database.StringSetAsync("intake:ticket-seq:jiangpu", "999"));
        var flushing = await Assert.ThrowsAsync<RedisServerException>(() => database.ExecuteAsync("FLUSHALL"));

        Assert.True((long)counter >= 1);
        Assert.StartsWith("NOPERM", foreign.Message, StringComparison.Ordinal);
        Assert.StartsWith("NOPERM", flushing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workload_publishes_on_its_own_channels_and_no_other_s()
    {
        await using var review = await ConnectionMultiplexer.ConnectAsync(_connections["review"]);
        var subscriber = review.GetSubscriber();

        await subscriber.PublishAsync(RedisChannel.Literal("review:changed"), "1");
        var foreign = await Assert.ThrowsAsync<RedisServerException>(() => subscriber.PublishAsync(RedisChannel.Literal("intake:changed"), "1"));

        Assert.StartsWith("NOPERM", foreign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workload_follows_its_own_channel_and_leaves_it_again()
    {
        await using var review = await ConnectionMultiplexer.ConnectAsync(_connections["review"]);
        var subscriber = review.GetSubscriber();
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        await subscriber.SubscribeAsync(RedisChannel.Literal("review:hall"), (_, message) => heard.TrySetResult(message!));
        await subscriber.PublishAsync(RedisChannel.Literal("review:hall"), "called");
        var message = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await subscriber.UnsubscribeAsync(RedisChannel.Literal("review:hall"));
        var listeners = await subscriber.PublishAsync(RedisChannel.Literal("review:hall"), "again");

        Assert.Equal("called", message);
        Assert.Equal(0, listeners);
    }

    private static EventEnvelope Envelope(string topic, string source) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Type = $"onewindow.{source}.{topic}.v1",
        Source = source,
        Topic = topic,
        PubSubName = "pubsub",
        Time = DateTimeOffset.UtcNow,
        Tenant = "jiangpu",
        Data = "{}"u8.ToArray(),
    };

    private static async Task<IEnumerable<string>> RulesAsync(string function)
    {
        using var bash = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["-c", $"source eng/lib/redis-acl.sh && {function}"])
        {
            WorkingDirectory = Checkout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        var error = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        Assert.True(bash.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"{function} exited with {bash.ExitCode}: {error}"));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
