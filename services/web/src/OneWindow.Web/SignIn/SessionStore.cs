using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace OneWindow.Web.SignIn;

/// <summary>
/// The signed-in browsers' tokens in Redis under <c>web:session:&lt;id&gt;</c>, sealed with the data-protection keys
/// (every replica reads every session; an operator reading Redis sees no token). A session lives as long as the
/// console's cookie may; signing out deletes it, and a cookie whose session is gone is no longer signed in.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer redis, IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly IDataProtector _protector = protection.CreateProtector("OneWindow.Web.SessionTokens");

    public static string NewId() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    public async Task<SessionTokens?> ReadAsync(string session)
    {
        var sealedTokens = await redis.GetDatabase().StringGetAsync(Key(session));
        return sealedTokens.IsNullOrEmpty
            ? null
            : JsonSerializer.Deserialize<SessionTokens>(_protector.Unprotect((string)sealedTokens!));
    }

    public Task WriteAsync(string session, SessionTokens tokens) =>
        redis.GetDatabase().StringSetAsync(Key(session), _protector.Protect(JsonSerializer.Serialize(tokens)), Lifetime);

    public Task DeleteAsync(string session) => redis.GetDatabase().KeyDeleteAsync(Key(session));

    /// <summary>Held while one replica refreshes a session's tokens: the provider rotates refresh tokens and takes each once.</summary>
    public async Task<IAsyncDisposable?> TryLockAsync(string session)
    {
        var database = redis.GetDatabase();
        var owner = Guid.NewGuid().ToString("N");
        var key = Key(session) + ":refreshing";
        return await database.LockTakeAsync(key, owner, TimeSpan.FromSeconds(15))
            ? new Held(database, key, owner)
            : null;
    }

    private static string Key(string session) => $"web:session:{session}";

    /// <summary>Released by its owner only (a script, so the check and the delete are one step; no MULTI needed).</summary>
    private sealed class Held(IDatabase database, string key, string owner) : IAsyncDisposable
    {
        private const string ReleaseIfOwned = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

        public async ValueTask DisposeAsync() => await database.ScriptEvaluateAsync(ReleaseIfOwned, [key], [owner]);
    }
}
