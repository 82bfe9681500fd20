using OneWindow.Notification.Domain.Deliveries;
using StackExchange.Redis;

namespace OneWindow.Notification.Application.Sending;

/// <summary>
/// Counts text messages per recipient and window in Redis (one INCR with its expiry in a script), so every sender
/// replica shares the count. If Redis does not answer, the message goes: a notice that must reach a resident is
/// not held back because a counter is down. Only messages the provider takes count: an attempt it refused or did not
/// answer never reached the resident, and gives its place in the window back.
/// </summary>
public sealed class RecipientRateLimiter(IConnectionMultiplexer redis)
{
    private const string Script = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    private const string RefundScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
        return 0
        """;

    /// <summary>Null when the message may go now; otherwise when the recipient's next window opens.</summary>
    public async Task<DateTimeOffset?> HoldUntilAsync(string centre, string recipientId, RateLimit limit, DateTimeOffset now)
    {
        var (window, end) = limit.WindowOf(now);
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(
                Script, [Key(centre, recipientId, window)], [(long)limit.Window.TotalMilliseconds * 2]);
            return limit.Allows(count) ? null : end;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    /// <summary>The provider did not take the message counted at <paramref name="countedAt"/>: its place in that window is free again.</summary>
    public async Task RefundAsync(string centre, string recipientId, RateLimit limit, DateTimeOffset countedAt)
    {
        var (window, _) = limit.WindowOf(countedAt);
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(RefundScript, [Key(centre, recipientId, window)]);
        }
        catch (RedisException)
        {
            // The count stays one too high until the window ends: at worst a message waits for the next window.
        }
    }

    private static RedisKey Key(string centre, string recipientId, long window) => $"notification:sms-rate:{centre}:{recipientId}:{window}";
}
