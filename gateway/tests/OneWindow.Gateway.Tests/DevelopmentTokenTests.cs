using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OneWindow.Gateway.Tests;

public sealed class DevelopmentTokenTests(GatewayStack stack) : IClassFixture<GatewayStack>
{
    [Fact]
    public async Task A_development_token_opens_the_services_for_its_roles_and_centre()
    {
        var issued = await stack.CreateClient().PostAsJsonAsync("/dev/token", new { subject = "jiangpu-s004", roles = new[] { "clerk" }, tenant = "jiangpu" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = stack.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var whoami = await client.GetFromJsonAsync<JsonElement>("/api/intake/v1/whoami");

        Assert.Equal("jiangpu-s004", whoami.GetProperty("subject").GetString());
        Assert.Equal("jiangpu", whoami.GetProperty("tenant").GetString());
    }

    [Theory]
    [InlineData("""{"roles":["clerk"],"tenant":"jiangpu"}""", "subject")]
    [InlineData("""{"subject":"a","roles":[],"tenant":"jiangpu"}""", "roles")]
    [InlineData("""{"subject":"a","roles":["emperor"],"tenant":"jiangpu"}""", "roles")]
    [InlineData("""{"subject":"a","roles":["clerk"],"tenant":"Jiang Pu"}""", "tenant")]
    [InlineData("""{"subject":"a","roles":["clerk"],"minutes":100000}""", "minutes")]
    public async Task A_bad_token_request_is_refused_naming_the_field(string body, string field)
    {
        var response = await stack.CreateClient().PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem does not name '{field}'.");
    }

    [Theory]
    [InlineData("""{"subject":"a","roles":"clerk"}""")]
    [InlineData("""{"subject":"a",""")]
    [InlineData("""{"subject":"a","roles":["clerk"],"minutes":"soon"}""")]
    public async Task Malformed_json_for_a_token_is_a_400_problem(string body)
    {
        var response = await stack.CreateClient().PostAsync("/dev/token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
