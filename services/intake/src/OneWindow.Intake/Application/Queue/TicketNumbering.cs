using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;
using StackExchange.Redis;

namespace OneWindow.Intake.Application.Queue;

/// <summary>
/// Ticket numbers per centre, day and window type, from one Redis counter each (INCR: atomic, so
/// concurrent kiosks never share a number). A counter lost with Redis is reseeded from the highest
/// number PostgreSQL holds, so numbering goes on where it stopped. While Redis does not answer no
/// number can be issued (two kiosks would draw the same one): the ticket is refused as unavailable,
/// which a kiosk can retry, and the rest of intake goes on (docs/adr/0012).
/// </summary>
public sealed class TicketNumbering(IConnectionMultiplexer redis)
{
    private const string ReseedScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
        end
        return redis.call('INCR', KEYS[1])
        """;

    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(36);

    public static string Key(string centre, DateOnly day, WindowType type) => $"intake:ticket-seq:{centre}:{day:yyyyMMdd}:{Ticket.Letter(type)}";

    public async Task<int> NextAsync(string centre, DateOnly day, WindowType type, Func<Task<int>> highestRecorded)
    {
        try
        {
            return await DrawAsync(centre, day, type, highestRecorded);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            throw new DependencyUnavailableException(
                "ticket-numbering-unavailable",
                "Tickets cannot be numbered now: the numbering store (Redis) does not answer. Try again in a moment; everything else at the windows goes on.",
                exception);
        }
    }

    private async Task<int> DrawAsync(string centre, DateOnly day, WindowType type, Func<Task<int>> highestRecorded)
    {
        var database = redis.GetDatabase();
        var key = Key(centre, day, type);
        if (await database.KeyExistsAsync(key))
        {
            var next = await database.StringIncrementAsync(key);
            if (next > 1)
            {
                return (int)next;
            }

            // The key expired between the two calls: start again from the durable record.
            await database.KeyDeleteAsync(key);
        }

        var highest = await highestRecorded();
        return (int)(long)(await database.ScriptEvaluateAsync(ReseedScript, [key], [highest, (long)KeepFor.TotalSeconds]))!;
    }
}
