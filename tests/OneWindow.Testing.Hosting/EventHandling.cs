using System.Globalization;
using StackExchange.Redis;

namespace OneWindow.Testing.Hosting;

/// <summary>Knowing that a host has handled what was published, instead of sleeping and hoping it has.</summary>
public static class EventHandling
{
    /// <summary>
    /// Waits until the host's consumer group (<see cref="ServiceFactory{TProgram}.ConsumerGroup"/>) has been delivered every entry
    /// on the topic up to the newest one now and has acknowledged each (handled, or dead-lettered): after it, a test may
    /// assert that an event it published changed nothing. Fails after <see cref="ServiceFactory{TProgram}.EventualWait"/>.
    /// </summary>
    public static async Task HandledAsync<TProgram>(this ServiceFactory<TProgram> factory, string topic)
        where TProgram : class
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(factory.RedisConnectionString);
        var database = redis.GetDatabase();
        var newest = (await database.StreamInfoAsync(topic)).LastEntry.Id.ToString();
        await factory.EventuallyAsync(
            async () =>
            {
                var group = (await database.StreamGroupInfoAsync(topic)).FirstOrDefault(g => g.Name == factory.ConsumerGroup);
                return (Group: group.Name, Pending: group.PendingMessageCount, LastDelivered: group.LastDeliveredId, Newest: newest);
            },
            state => state.Group is not null && state.Pending == 0 && state.LastDelivered is not null && !IsBefore(state.LastDelivered, state.Newest));
    }

    /// <summary>Stream entry ids are "milliseconds-sequence".</summary>
    private static bool IsBefore(string id, string other)
    {
        static (long Ms, long Seq) Parse(string text)
        {
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            return (long.Parse(text[..dash], CultureInfo.InvariantCulture), long.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture));
        }

        return Parse(id).CompareTo(Parse(other)) < 0;
    }
}
