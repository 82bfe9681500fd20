using System.Collections.Concurrent;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// Development and tests without an identity provider: tokens signed with the development key, as a service's
/// tests sign people's. Refused outside Development by the authentication setup itself (the key is only trusted there).
/// </summary>
internal sealed class DevelopmentServiceTokens(string clientId, IReadOnlyCollection<string> roles, TimeProvider clock) : IServiceTokens
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public ValueTask<string> TokenForAsync(string? centre, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(centre ?? string.Empty, out var cached) && cached.Until > now)
        {
            return ValueTask.FromResult(cached.Token);
        }

        var token = DevelopmentTokens.Issue(clientId, roles, centre, TimeSpan.FromMinutes(10), clock);
        _cache[centre ?? string.Empty] = (token, now.AddMinutes(5));
        return ValueTask.FromResult(token);
    }
}
