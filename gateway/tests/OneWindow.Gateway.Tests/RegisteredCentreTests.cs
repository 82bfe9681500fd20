using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.Gateway.Tests;

/// <summary>The edge refuses centres the district's register does not hold (docs/adr/0028); intake here is the probe, holding jiangpu and dinghai.</summary>
public sealed class RegisteredCentreTests(RegisteredCentresGatewayStack stack) : IClassFixture<RegisteredCentresGatewayStack>
{
    private static readonly string[] Clerk = ["clerk"];

    [Fact]
    public async Task A_clerk_of_a_registered_centre_is_let_through()
    {
        var response = await stack.ClientFor(Clerk, "jiangpu").GetFromJsonAsync<JsonElement>("/api/intake/v1/whoami");

        Assert.Equal("jiangpu", response.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task A_token_for_a_centre_the_register_does_not_hold_is_refused_at_the_gateway()
    {
        var response = await stack.ClientFor(Clerk, "jiangpuu").GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Unknown centre", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_district_admin_naming_an_unregistered_centre_gets_404_naming_the_header()
    {
        var response = await stack.ClientFor(["district-admin"], tenant: null, namedCentre: "pingliang").GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("X-OneWindow-Centre", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
