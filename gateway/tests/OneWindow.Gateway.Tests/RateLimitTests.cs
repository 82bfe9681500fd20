using System.Net;

namespace OneWindow.Gateway.Tests;

public sealed class RateLimitTests(TightlyLimitedGatewayStack stack) : IClassFixture<TightlyLimitedGatewayStack>
{
    private static readonly string[] Clerk = ["clerk"];

    [Fact]
    public async Task A_user_over_their_budget_gets_429_with_retry_after()
    {
        var client = stack.ClientFor(Clerk, $"centre-{Guid.NewGuid():N}"[..20]);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/intake/v1/whoami")).StatusCode);
        }

        var refused = await client.GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(61));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_centre_over_its_budget_gets_429_whoever_asks()
    {
        var centre = $"centre-{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await stack.ClientFor(Clerk, centre).GetAsync("/api/intake/v1/whoami")).StatusCode);
        }

        var refused = await stack.ClientFor(Clerk, centre).GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("centre", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_centre_is_not_held_back_by_a_busy_one()
    {
        var busy = $"centre-{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 6; i++)
        {
            await stack.ClientFor(Clerk, busy).GetAsync("/api/intake/v1/whoami");
        }

        var other = await stack.ClientFor(Clerk, $"centre-{Guid.NewGuid():N}"[..20]).GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
