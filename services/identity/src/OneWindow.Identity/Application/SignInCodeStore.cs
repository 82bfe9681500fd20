using OneWindow.Common.Errors;
using OneWindow.Identity.Domain.Residents;
using StackExchange.Redis;

namespace OneWindow.Identity.Application;

/// <summary>
/// Residents' SMS codes and their send limits in Redis, shared by every replica. Each decision is one script, so two
/// requests at once can neither both pass a limit nor both use one code: a code is stored as its keyed hash with a
/// count of wrong tries, removed by the right one or by the last wrong one, and expires by itself. The limits are
/// sliding windows (a sorted set of send times per number and per address). Unlike notification's counters this
/// fails closed: without Redis no code is sent and none is checked.
/// </summary>
public sealed class SignInCodeStore(IConnectionMultiplexer redis)
{
    private const string IssueScript = """
        local from = tonumber(ARGV[1]) - tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', from)
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', from)
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 1 end
        if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return 2 end
        redis.call('ZADD', KEYS[1], ARGV[1], ARGV[5])
        redis.call('ZADD', KEYS[2], ARGV[1], ARGV[5])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        redis.call('DEL', KEYS[3])
        redis.call('HSET', KEYS[3], 'hash', ARGV[6], 'wrong', 0)
        redis.call('PEXPIRE', KEYS[3], ARGV[7])
        return 0
        """;

    // 0: right (and gone); -1: no code; -2: the last wrong try (and gone); n > 0: wrong, n tries left.
    private const string CheckScript = """
        local stored = redis.call('HGET', KEYS[1], 'hash')
        if not stored then return -1 end
        if stored == ARGV[1] then
          redis.call('DEL', KEYS[1])
          return 0
        end
        local wrong = redis.call('HINCRBY', KEYS[1], 'wrong', 1)
        if wrong >= tonumber(ARGV[2]) then
          redis.call('DEL', KEYS[1])
          return -2
        end
        return tonumber(ARGV[2]) - wrong
        """;

    /// <summary>Counts a code against both limits and stores it (replacing the number's previous one), unless a limit refuses.</summary>
    public async Task<SendRefusal> IssueAsync(string phoneIndex, string address, string codeHash, SignInCodePolicy policy, DateTimeOffset now)
    {
        var result = (long)await RunAsync(IssueScript,
            [NumberKey(phoneIndex), AddressKey(address), CodeKey(phoneIndex)],
            [now.ToUnixTimeMilliseconds(), (long)policy.SendWindow.TotalMilliseconds, policy.CodesPerNumber, policy.CodesPerAddress,
                Guid.NewGuid().ToString("N"), codeHash, (long)policy.Lifetime.TotalMilliseconds]);
        return result switch
        {
            1 => SendRefusal.TooManyForNumber,
            2 => SendRefusal.TooManyFromAddress,
            _ => SendRefusal.None,
        };
    }

    /// <summary>Checks a typed code's hash against the number's code; the tries left when it is wrong.</summary>
    public async Task<(CodeCheck Check, int AttemptsLeft)> CheckAsync(string phoneIndex, string codeHash, SignInCodePolicy policy)
    {
        var result = (long)await RunAsync(CheckScript, [CodeKey(phoneIndex)], [codeHash, policy.AttemptsPerCode]);
        return result switch
        {
            0 => (CodeCheck.Right, 0),
            -1 => (CodeCheck.NoCode, 0),
            -2 => (CodeCheck.Exhausted, 0),
            _ => (CodeCheck.Wrong, (int)result),
        };
    }

    private async Task<RedisResult> RunAsync(string script, RedisKey[] keys, RedisValue[] values)
    {
        try
        {
            return await redis.GetDatabase().ScriptEvaluateAsync(script, keys, values);
        }
        catch (RedisException exception)
        {
            throw new DependencyUnavailableException("sign-in-codes-unavailable", "暂时无法处理验证码，请稍后再试。", exception);
        }
    }

    private static RedisKey CodeKey(string phoneIndex) => $"identity:sms-code:{phoneIndex}";

    private static RedisKey NumberKey(string phoneIndex) => $"identity:sms-sent:number:{phoneIndex}";

    private static RedisKey AddressKey(string address) => $"identity:sms-sent:address:{address}";
}
