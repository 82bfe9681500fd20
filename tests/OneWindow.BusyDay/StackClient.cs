using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.BusyDay;

/// <summary>
/// The gateway as the centre's people reach it: each with their own token from the demo grant (Development only), so
/// every call is authorized, audited and counted as that person's, as it would be at the window.
/// </summary>
public sealed class StackClient(Uri address) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.Ordinal);

    /// <summary>Refusals the stack answered, by path shape and status, for the drill's summary.</summary>
    public IReadOnlyDictionary<string, int> Refusals => _refusals;

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string staffId, object? body = null)
    {
        var (status, json) = await SendOnceAsync(method, path, staffId, body);
        if (status == HttpStatusCode.Unauthorized)
        {
            // The token lived its time (the drill outlasts it): the person signs in again, as the console would.
            _tokens.TryRemove(staffId, out _);
            (status, json) = await SendOnceAsync(method, path, staffId, body);
        }

        if ((int)status >= 400)
        {
            _refusals.AddOrUpdate($"{method} {Shape(path)} → {(int)status} {Reason(json)}", 1, (_, n) => n + 1);
        }

        return (status, json);
    }

    public async Task<JsonElement?> GetAsync(string path, string staffId)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, path, staffId);
        return status == HttpStatusCode.OK ? body : null;
    }

    public async Task<JsonElement?> PostAsync(string path, string staffId, object body)
    {
        var (status, reply) = await SendAsync(HttpMethod.Post, path, staffId, body);
        return status == HttpStatusCode.OK ? reply : null;
    }

    public void Dispose() => _http.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendOnceAsync(HttpMethod method, string path, string staffId, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", await TokenAsync(staffId));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 && text[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    /// <summary>The refusal's reason as the services name it (ErrorInfo.reason), else its title.</summary>
    private static string? Reason(JsonElement body) =>
        body.ValueKind != JsonValueKind.Object ? null
        : body.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array
            ? details.EnumerateArray().Select(d => d.TryGetProperty("reason", out var reason) ? reason.GetString() : null).FirstOrDefault(r => !string.IsNullOrEmpty(r))
            : body.TryGetProperty("title", out var title) ? title.GetString() : null;

    private Task<string> TokenAsync(string staffId) => _tokens.GetOrAdd(staffId, async id =>
    {
        using var response = await _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:onewindow:grant-type:demo-account",
            ["client_id"] = "onewindow-demo",
            ["scope"] = "onewindow",
            ["username"] = id,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    });

    /// <summary>The path with its ids and numbers taken out, so the refusals of one kind count together.</summary>
    private static string Shape(string path) =>
        string.Join('/', path.Split('?')[0].Split('/').Select(part => part.Any(char.IsDigit) && part.Length > 8 ? "{id}" : part));
}
