using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Persistence;
using OneWindow.Tenancy;

namespace OneWindow.Centres;

/// <summary>
/// Answers from the service's own copy of the register. An open centre is remembered for <see cref="Remembered"/>, so
/// a busy centre costs no query per request; a code not found is asked again each time, so a centre registered a
/// moment ago works at once. Closing a centre therefore takes effect within that span on every replica.
/// </summary>
public sealed class KnownCentreDirectory<TContext>(IServiceScopeFactory scopes, TimeProvider clock) : ICentreDirectory
    where TContext : TenantDbContext
{
    private static readonly TimeSpan Remembered = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _openUntil = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsOpenAsync(string centreCode, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_openUntil.TryGetValue(centreCode, out var until) && until > now)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var open = await db.Set<KnownCentre>().AsNoTracking().AnyAsync(c => c.Code == centreCode && c.Open, cancellationToken);
        if (open)
        {
            _openUntil[centreCode] = now + Remembered;
        }
        else
        {
            _openUntil.TryRemove(centreCode, out _);
        }

        return open;
    }

    /// <summary>This replica heard of a change: the next request asks the copy again.</summary>
    public void Forget(string centreCode) => _openUntil.TryRemove(centreCode, out _);
}
