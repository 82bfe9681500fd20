using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace OneWindow.Testing.Hosting;

/// <summary>Reading a service's JSON answers in a test (JSON transcoding and plain endpoints alike).</summary>
public static class JsonResponses
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The answer's JSON; fails the test with the status and body when the call did not succeed.</summary>
    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> pending)
    {
        var response = await pending;
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadAsync();
    }

    /// <summary>A property as text; empty when it is missing or null.</summary>
    public static string Str(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ToString() : string.Empty;

    /// <summary>A property as text; null when it is missing or null (for asserting that it is absent).</summary>
    public static string? StrOrNull(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    /// <summary>A number property; 0 when it is missing.</summary>
    public static int Int(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetInt32() : 0;

    /// <summary>The elements of an array property; none when it is missing.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.EnumerateArray() : [];
}
