using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OneWindow.Intake.V1;

namespace OneWindow.Notification.Application;

/// <summary>
/// Where residents and households are, asked of intake (which owns phones and addresses, docs/events.md) with this
/// service's own identity, in the centre the delivery belongs to; intake audits each answer with its purpose.
/// Called by the sender and the task locator outside any database transaction.
/// </summary>
public sealed class ContactDirectory(Contacts.ContactsClient intake, IServiceTokens tokens, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task<ResidentContact> ResidentAsync(string centre, Guid residentId, string purpose, CancellationToken cancellationToken) =>
        await intake.GetResidentContactAsync(
            new GetResidentContactRequest { ResidentId = residentId.ToString(), Purpose = purpose },
            await HeadersAsync(centre, cancellationToken), Deadline(), cancellationToken);

    public async Task<HouseholdContact> HouseholdAsync(string centre, Guid householdId, string purpose, CancellationToken cancellationToken) =>
        await intake.GetHouseholdContactAsync(
            new GetHouseholdContactRequest { HouseholdId = householdId.ToString(), Purpose = purpose },
            await HeadersAsync(centre, cancellationToken), Deadline(), cancellationToken);

    private async Task<Metadata> HeadersAsync(string centre, CancellationToken cancellationToken) =>
        new() { { "Authorization", "Bearer " + await tokens.TokenForAsync(centre, cancellationToken) } };

    private DateTime Deadline() => (clock.GetUtcNow() + options.Value.ContactTimeout).UtcDateTime;
}

/// <summary>Tokens of this service's own identity (role <c>notification-service</c>) for one centre.</summary>
public interface IServiceTokens
{
    ValueTask<string> TokenForAsync(string centre, CancellationToken cancellationToken);
}

/// <summary>
/// Development and tests: tokens signed with the development key, as the gateway's <c>/dev/token</c> signs people's.
/// Refused outside Development by the authentication setup itself (the key is only trusted there).
/// </summary>
internal sealed class DevelopmentServiceTokens(TimeProvider clock) : IServiceTokens
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public ValueTask<string> TokenForAsync(string centre, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(centre, out var cached) && cached.Until > now)
        {
            return ValueTask.FromResult(cached.Token);
        }

        var token = DevelopmentTokens.Issue("notification", [PlatformRoles.NotificationService], centre, TimeSpan.FromMinutes(10), clock);
        _cache[centre] = (token, now.AddMinutes(5));
        return ValueTask.FromResult(token);
    }
}

/// <summary>
/// Production: the OAuth 2.0 client-credentials grant at the identity provider (<c>ServiceIdentity:TokenEndpoint</c>,
/// <c>ClientId</c>, <c>ClientSecret</c>), asking for a token of the named centre (<c>tenant</c> parameter, mapped
/// into the token's <c>tenant</c> claim by the provider), cached until shortly before it expires.
/// </summary>
internal sealed class ClientCredentialsServiceTokens(HttpClient http, IOptions<ServiceIdentityOptions> options, TimeProvider clock) : IServiceTokens
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async ValueTask<string> TokenForAsync(string centre, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(centre, out var cached) && cached.Until > now)
        {
            return cached.Token;
        }

        var settings = options.Value;
        using var response = await http.PostAsync(settings.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
            ["scope"] = settings.Scope,
            ["tenant"] = centre,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<TokenReply>(cancellationToken)
            ?? throw new InvalidOperationException("The identity provider answered no token.");
        _cache[centre] = (reply.access_token, now.AddSeconds(Math.Max(reply.expires_in - 60, 30)));
        return reply.access_token;
    }

#pragma warning disable IDE1006, SA1300 // The OAuth 2.0 wire names.
    private sealed record TokenReply(string access_token, int expires_in);
#pragma warning restore IDE1006, SA1300
}

/// <summary>The <c>ServiceIdentity</c> section: this service's client at the identity provider (outside Development).</summary>
public sealed class ServiceIdentityOptions
{
    public const string Section = "ServiceIdentity";

    public string? TokenEndpoint { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string Scope { get; set; } = "onewindow";
}
