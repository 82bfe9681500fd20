using OneWindow.Notification.Domain.Deliveries;
using StackExchange.Redis;

namespace OneWindow.Notification.Application;

/// <summary>
/// Counts text messages per recipient and window in Redis (one INCR with its expiry in a script), so every sender
/// replica shares the count. If Redis does not answer, the message goes: a notice that must reach a resident is
/// not held back because a counter is down.
/// </summary>
public sealed class RecipientRateLimiter(IConnectionMultiplexer redis)
{
    private const string Script = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    /// <summary>Null when the message may go now; otherwise when the recipient's next window opens.</summary>
    public async Task<DateTimeOffset?> HoldUntilAsync(string centre, string recipientId, RateLimit limit, DateTimeOffset now)
    {
        var (window, end) = limit.WindowOf(now);
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(
                Script, [(RedisKey)$"notification:sms-rate:{centre}:{recipientId}:{window}"], [(long)limit.Window.TotalMilliseconds * 2]);
            return limit.Allows(count) ? null : end;
        }
        catch (RedisException)
        {
            return null;
        }
    }
}
