using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.ServiceDefaults.Tests;

public sealed class ReadinessTests(ProbeOnStoppedRedis probe) : IClassFixture<ProbeOnStoppedRedis>
{
    private static readonly string[] Clerk = ["clerk"];

    [Fact]
    public async Task A_service_started_while_Redis_is_down_serves_stays_ready_as_degraded_and_is_healthy_again_once_Redis_returns()
    {
        var echo = await probe.ClientFor("clerk-1", Clerk, "jiangpu").PostAsJsonAsync("/v1/echo", new { text = "办", count = 1 });
        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.CreateClient().GetAsync("/healthz")).StatusCode);

        var degraded = await probe.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        var report = await degraded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var redis = report.GetProperty("checks").GetProperty("redis");
        Assert.Equal("Degraded", redis.GetProperty("status").GetString());
        Assert.Contains("Redis does not answer", redis.GetProperty("description").GetString(), StringComparison.Ordinal);

        await probe.Redis.StartAgainAsync();
        var back = Stopwatch.StartNew();
        string? status;
        do
        {
            await Task.Delay(250);
            status = (await probe.CreateClient().GetFromJsonAsync<JsonElement>("/readyz")).GetProperty("status").GetString();
        }
        while (status != "Healthy" && back.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal("Healthy", status);
    }
}
