using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OneWindow.Gateway.RateLimiting;

/// <summary>
/// Fixed-window counters in Redis: one INCR per key and window, in one script so the caller's and the
/// tenant's counters move together, with an expiry so old windows clean themselves up.
/// </summary>
public sealed class RedisRateLimiter(IConnectionMultiplexer redis, IOptionsMonitor<RateLimitOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private static readonly LuaScript CountScript = LuaScript.Prepare("""
        local counts = {}
        for i, key in ipairs(KEYS) do
          local count = redis.call('INCR', key)
          if count == 1 then redis.call('EXPIRE', key, ARGV[1]) end
          counts[i] = count
        end
        return counts
        """);

    public async Task<RateLimitDecision> CountAsync(string? user, string? tenant, string? anonymousClient)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var window = WindowOf(now);
        var limits = new List<(string Name, RedisKey Key, int Limit)>(2);
        if (user is not null)
        {
            limits.Add(("user", $"ratelimit:user:{user}:{window}", settings.PerUserPerMinute));
        }

        if (tenant is not null)
        {
            limits.Add(("tenant", $"ratelimit:tenant:{tenant}:{window}", settings.PerTenantPerMinute));
        }

        if (user is null && anonymousClient is not null)
        {
            limits.Add(("client", $"ratelimit:client:{anonymousClient}:{window}", settings.PerAnonymousClientPerMinute));
        }

        return await CountAsync(limits, now);
    }

    /// <summary>The SMS provider's receipts, counted apart from every other caller.</summary>
    public Task<RateLimitDecision> CountSmsReceiptsAsync(string client)
    {
        var now = clock.GetUtcNow();
        return CountAsync(
            [("sms-receipts", $"ratelimit:sms-receipts:{client}:{WindowOf(now)}", options.CurrentValue.SmsReceiptsPerClientPerMinute)],
            now);
    }

    private static long WindowOf(DateTimeOffset now) => now.ToUnixTimeSeconds() / (long)Window.TotalSeconds;

    private async Task<RateLimitDecision> CountAsync(List<(string Name, RedisKey Key, int Limit)> limits, DateTimeOffset now)
    {
        var window = WindowOf(now);
        if (limits.Count == 0)
        {
            return new RateLimitDecision(true, null, TimeSpan.Zero);
        }

        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            CountScript.ExecutableScript,
            [.. limits.Select(l => l.Key)],
            [(long)Window.TotalSeconds + 1]);
        var counts = (long[])result!;
        for (var i = 0; i < limits.Count; i++)
        {
            if (counts[i] > limits[i].Limit)
            {
                var windowEnd = DateTimeOffset.FromUnixTimeSeconds((window + 1) * (long)Window.TotalSeconds);
                var retryAfter = windowEnd - now;
                return new RateLimitDecision(false, limits[i].Name, retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter);
            }
        }

        return new RateLimitDecision(true, null, TimeSpan.Zero);
    }
}
