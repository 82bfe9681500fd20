using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SocialWork.Application.Outreach;

namespace OneWindow.SocialWork.Tests;

/// <summary>Scanning as a worker sees it: the scan answers scanning, and its findings follow from the background.</summary>
internal static class ScannedFamilies
{
    /// <summary>Asks for a scan and returns it once the scanning has left it done (or failed).</summary>
    public static async Task<JsonElement> ScannedAsync(this SocialWorkFactory factory, HttpClient client)
    {
        var scan = await client.PostAsJsonAsync("/v1/silent-family:scan", new { }).OkAsync();
        return await factory.FinishedScanAsync(client, scan.Str("scanId"));
    }

    /// <summary>
    /// Runs the scanning once here rather than trusting the wake alone: the commit signal is shared by every save of the
    /// service's context, so another commit (the outbox's) may spend the wake before the scan's row commits, leaving
    /// the scan to the 30 s sweep. Whichever replica takes it first scans it; the other finds it held.
    /// </summary>
    public static async Task<JsonElement> FinishedScanAsync(this SocialWorkFactory factory, HttpClient client, string scanId)
    {
        await factory.Services.GetRequiredService<SilentFamilyScanning>().RunAsync(CancellationToken.None);
        return await factory.EventuallyAsync(client, $"/v1/silent-family/scans/{scanId}", scan => scan.Str("status") != "SCAN_STATUS_SCANNING");
    }
}
