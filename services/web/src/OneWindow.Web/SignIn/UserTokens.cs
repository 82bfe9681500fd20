using System.Security.Claims;

namespace OneWindow.Web.SignIn;

/// <summary>
/// A signed-in user's access token for a call, refreshed a minute before it expires. One replica refreshes at a time
/// (the provider rotates refresh tokens and would refuse the second use, ending the session); the others wait for
/// it and read the new tokens.
/// </summary>
public sealed class UserTokens(SessionStore sessions, ProviderClient provider, TimeProvider clock)
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(100);

    /// <summary>Null when the user is not signed in, or their session can no longer be refreshed.</summary>
    public async Task<string?> AccessTokenAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.FindFirst(ConsoleClaims.Session)?.Value is not { } session)
        {
            return null;
        }

        for (var attempt = 0; attempt < 50; attempt++)
        {
            var tokens = await sessions.ReadAsync(session);
            if (tokens is null)
            {
                return null;
            }

            if (tokens.ExpiresAt - clock.GetUtcNow() > RefreshAhead)
            {
                return tokens.AccessToken;
            }

            await using var held = await sessions.TryLockAsync(session);
            if (held is null)
            {
                await Task.Delay(LockWait, clock, cancellationToken);
                continue;
            }

            // Another replica may have refreshed between the read and the lock.
            tokens = await sessions.ReadAsync(session);
            if (tokens is null || tokens.ExpiresAt - clock.GetUtcNow() > RefreshAhead)
            {
                return tokens?.AccessToken;
            }

            var refreshed = await provider.RefreshAsync(tokens, user.IsDevice(), cancellationToken);
            if (refreshed is null)
            {
                await sessions.DeleteAsync(session);
                return null;
            }

            await sessions.WriteAsync(session, refreshed);
            return refreshed.AccessToken;
        }

        return null;
    }
}
