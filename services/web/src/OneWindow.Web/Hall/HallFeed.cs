using System.Collections.Concurrent;
using StackExchange.Redis;

namespace OneWindow.Web.Hall;

/// <summary>
/// Tells the live pages of a centre (hall display, rating pads, the hall at a glance) that its hall changed: intake
/// called or issued a ticket (<see cref="HallAnnouncement"/>, from the event bus, whoever did it), or a clerk recalled,
/// finished or transferred at the console's desk. Through a Redis channel per centre (<c>web:hall:&lt;centre&gt;</c>),
/// so a display served by one replica hears what another replica heard; the page then reads the hall again. Pages also
/// read it every 5 s (<see cref="FollowAsync"/>), which covers an event delayed or a channel message lost.
/// </summary>
public sealed class HallFeed(IConnectionMultiplexer redis, ILogger<HallFeed> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Watchers> _centres = new(StringComparer.Ordinal);

    public async Task AnnounceAsync(string centre)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel(centre), "changed");
        }
        catch (RedisException exception)
        {
            // The pages still catch up at their next regular read.
            HallFeedLog.AnnounceFailed(logger, exception, centre);
        }
    }

    /// <summary>How often a live page (the desk, the display, the pad, the hall) reads again whatever it hears: the console's rule that no page polls faster.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);

    /// <summary>
    /// What a live page follows the hall with: <paramref name="changed"/> is called when the centre's hall changes and
    /// every <see cref="Refresh"/>, until the result is disposed.
    /// </summary>
    public async Task<IAsyncDisposable> FollowAsync(string centre, Func<Task> changed)
    {
        var watch = await WatchAsync(centre, changed);
        return new Following(watch, new Timer(_ => changed(), null, Refresh, Refresh));
    }

    /// <summary>Calls <paramref name="changed"/> whenever the centre's hall changes, until the result is disposed.</summary>
    private async Task<IAsyncDisposable> WatchAsync(string centre, Func<Task> changed)
    {
        var watchers = _centres.GetOrAdd(centre, _ => new Watchers());
        var watcher = new Watcher(this, centre, changed);
        bool first;
        lock (watchers)
        {
            first = watchers.Count == 0;
            watchers.Add(watcher);
        }

        if (first)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(Channel(centre), (_, _) => Notify(centre));
            }
            catch (RedisException exception)
            {
                HallFeedLog.WatchFailed(logger, exception, centre);
            }
        }

        return watcher;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var centre in _centres.Keys)
        {
            await redis.GetSubscriber().UnsubscribeAsync(Channel(centre));
        }
    }

    private static RedisChannel Channel(string centre) => RedisChannel.Literal($"web:hall:{centre}");

    private void Notify(string centre)
    {
        if (!_centres.TryGetValue(centre, out var watchers))
        {
            return;
        }

        Watcher[] current;
        lock (watchers)
        {
            current = [.. watchers];
        }

        foreach (var watcher in current)
        {
            _ = watcher.Changed();
        }
    }

    private void Forget(string centre, Watcher watcher)
    {
        if (_centres.TryGetValue(centre, out var watchers))
        {
            lock (watchers)
            {
                watchers.Remove(watcher);
            }
        }
    }

    private sealed class Watchers : List<Watcher>;

    private sealed class Following(IAsyncDisposable watch, Timer refresh) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await refresh.DisposeAsync();
            await watch.DisposeAsync();
        }
    }

    private sealed class Watcher(HallFeed feed, string centre, Func<Task> changed) : IAsyncDisposable
    {
        public Func<Task> Changed { get; } = changed;

        public ValueTask DisposeAsync()
        {
            feed.Forget(centre, this);
            return ValueTask.CompletedTask;
        }
    }
}
