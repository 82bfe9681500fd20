using System.Net;
using System.Text.Json;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>Reading a list a page at a time, as the console does (docs/adr/0021), and what a bad page request gets.</summary>
public static class Pages
{
    /// <summary>Every page of the list, following each next page token until the last page.</summary>
    public static async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string path, int pageSize)
    {
        var pages = new List<JsonElement>();
        var token = string.Empty;
        do
        {
            var page = await client.GetAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pageSize={pageSize}&pageToken={Uri.EscapeDataString(token)}").OkAsync();
            pages.Add(page);
            token = page.Str("nextPageToken");
        }
        while (token.Length > 0 && pages.Count < 100);

        return pages;
    }

    /// <summary>A token the service never wrote and a size out of range are each refused by their field (400).</summary>
    public static async Task AssertBadPagesRefusedAsync(HttpClient client, string path)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var badToken = await client.GetAsync($"{path}{separator}pageToken=not-a-token");
        var badSize = await client.GetAsync($"{path}{separator}pageSize=201");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (badToken.StatusCode, badSize.StatusCode));
        Assert.Contains("pageToken", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("pageSize", await badSize.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
