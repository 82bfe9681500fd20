using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace OneWindow.Web.SignIn;

/// <summary>
/// The console's back channel to the identity provider: refreshing a session's tokens, revoking them at sign-out, and
/// the device flow (RFC 8628) a kiosk, rating pad or hall display signs in with.
/// </summary>
public sealed class ProviderClient(HttpClient http, IOptions<ConsoleOptions> options, TimeProvider clock)
{
    private const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

    /// <summary>Null when the provider refuses the refresh token (revoked, expired, the worker has left): sign in again.</summary>
    public async Task<SessionTokens?> RefreshAsync(SessionTokens tokens, bool device, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken is null)
        {
            return null;
        }

        using var response = await http.PostAsync(Endpoint("connect/token"), new FormUrlEncodedContent(WithClient(device,
        [
            new("grant_type", "refresh_token"),
            new("refresh_token", tokens.RefreshToken),
        ])), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var answer = (await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken))!;
        return answer.ToSession(clock, tokens.IdToken);
    }

    /// <summary>Best effort: the session is gone from the console whatever the provider answers.</summary>
    public async Task RevokeAsync(SessionTokens tokens, bool device, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken is null)
        {
            return;
        }

        using var response = await http.PostAsync(Endpoint("connect/revoke"), new FormUrlEncodedContent(WithClient(device,
        [
            new("token", tokens.RefreshToken),
            new("token_type_hint", "refresh_token"),
        ])), cancellationToken);
    }

    public async Task<DeviceAuthorization> StartDeviceFlowAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(Endpoint("connect/device"), new FormUrlEncodedContent(WithClient(device: true,
        [
            new("scope", "openid onewindow offline_access"),
        ])), cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DeviceAuthorization>(cancellationToken))!;
    }

    /// <summary>The device's tokens once the director has approved it; null while it waits; refused when denied or expired.</summary>
    public async Task<DevicePoll> PollDeviceAsync(string deviceCode, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(Endpoint("connect/token"), new FormUrlEncodedContent(WithClient(device: true,
        [
            new("grant_type", DeviceCodeGrant),
            new("device_code", deviceCode),
        ])), cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var answer = (await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken))!;
            return new DevicePoll(answer.ToSession(clock, null), Refused: false);
        }

        var error = await response.Content.ReadFromJsonAsync<ErrorAnswer>(cancellationToken);
        return new DevicePoll(null, Refused: error?.Error is not ("authorization_pending" or "slow_down"));
    }

    private Uri Endpoint(string path) => new(options.Value.Provider, path);

    private List<KeyValuePair<string, string>> WithClient(bool device, List<KeyValuePair<string, string>> fields)
    {
        if (device)
        {
            fields.Add(new("client_id", options.Value.DeviceClientId));
        }
        else
        {
            fields.Add(new("client_id", options.Value.ClientId));
            fields.Add(new("client_secret", options.Value.ClientSecret));
        }

        return fields;
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("id_token")] string? IdToken)
    {
        public SessionTokens ToSession(TimeProvider clock, string? earlierIdToken) =>
            new(AccessToken, RefreshToken, clock.GetUtcNow().AddSeconds(ExpiresIn), IdToken ?? earlierIdToken);
    }

    private sealed record ErrorAnswer([property: JsonPropertyName("error")] string? Error);
}
