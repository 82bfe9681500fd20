using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// With an identity provider: the OAuth 2.0 client-credentials grant at <c>ServiceIdentity:TokenEndpoint</c>, asking
/// for a token of the named centre when there is one (the <c>tenant</c> parameter, which the provider grants only to
/// a client registered to act for centres), cached until shortly before it expires.
/// </summary>
internal sealed class ClientCredentialsServiceTokens(HttpClient http, IOptions<ServiceIdentityOptions> options, TimeProvider clock) : IServiceTokens
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async ValueTask<string> TokenForAsync(string? centre, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(centre ?? string.Empty, out var cached) && cached.Until > now)
        {
            return cached.Token;
        }

        var settings = options.Value;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
            ["scope"] = settings.Scope,
        };
        if (centre is not null)
        {
            form["tenant"] = centre;
        }

        using var response = await http.PostAsync(settings.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<TokenReply>(cancellationToken)
            ?? throw new InvalidOperationException("The identity provider answered no token.");
        _cache[centre ?? string.Empty] = (reply.access_token, now.AddSeconds(Math.Max(reply.expires_in - 60, 30)));
        return reply.access_token;
    }

#pragma warning disable IDE1006, SA1300 // The OAuth 2.0 wire names.
    private sealed record TokenReply(string access_token, int expires_in);
#pragma warning restore IDE1006, SA1300
}
