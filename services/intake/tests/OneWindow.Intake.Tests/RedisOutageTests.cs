using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Intake.Tests;

/// <summary>intake on a Redis of its own, which a test may stop and start (the run's shared Redis stays up for the others).</summary>
public sealed class IntakeOnOwnRedis(PlatformServers servers) : IntakeFactory(servers)
{
    private RedisServer? _redis;

    public RedisServer Redis => _redis ?? throw new InvalidOperationException("Not started.");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [.. base.Settings, new("ConnectionStrings:redis", Redis.ConnectionString)];

    public override async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}

public sealed class RedisOutageTests(IntakeOnOwnRedis intake) : IClassFixture<IntakeOnOwnRedis>
{
    private const string Comprehensive = "WINDOW_TYPE_COMPREHENSIVE";

    [Fact]
    public async Task While_Redis_is_down_a_ticket_is_refused_as_unavailable_the_rest_goes_on_and_numbering_resumes_once_it_is_back()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        (await clerk.PostAsJsonAsync("/v1/windows/01:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        var kiosk = intake.DeviceOf(centre);
        Assert.Equal("A001", (await (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).ReadAsync()).Str("number"));

        await intake.Redis.StopAsync();
        var refused = await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive });
        var household = await IntakeFactory.RegisterHouseholdAsync(clerk);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var status = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(14, status.GetProperty("code").GetInt32());
        Assert.Contains("ticket-numbering-unavailable", status.ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(household.Str("householdId")));
        var ready = await intake.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Empty, as a Redis that lost its data: numbering goes on from what PostgreSQL holds.
        await intake.Redis.StartAgainAsync();
        var back = Stopwatch.StartNew();
        HttpResponseMessage issued;
        do
        {
            await Task.Delay(250);
            issued = await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive });
        }
        while (issued.StatusCode != HttpStatusCode.OK && back.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("A002", (await issued.ReadAsync()).Str("number"));
    }
}
