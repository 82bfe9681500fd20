using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.HrPayroll.Tests;

/// <summary>Preparing a month as HR sees it: the run answers computing, and its payslips follow from the background.</summary>
internal static class PreparedRuns
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Prepares the month and returns the run once its computation has left it a draft (or failed).</summary>
    public static async Task<JsonElement> PreparedRunAsync(this HttpClient admin, string month)
    {
        var run = await admin.PostAsJsonAsync("/v1/payroll-runs", new { month }).OkAsync();
        return await admin.ComputedRunAsync(run.GetProperty("runId").GetString()!);
    }

    public static async Task<JsonElement> ComputedRunAsync(this HttpClient client, string runId)
    {
        var giveUp = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var run = await client.GetAsync($"/v1/payroll-runs/{runId}").OkAsync();
            if (run.GetProperty("status").GetString() != "RUN_STATUS_COMPUTING")
            {
                return run;
            }

            Assert.True(DateTimeOffset.UtcNow < giveUp, $"Payroll run {runId} was still computing after {Patience.TotalSeconds} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
