using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneWindow.Gateway.Proxy;

namespace OneWindow.Gateway.Tests;

public sealed class GatewayTests(GatewayStack stack) : IClassFixture<GatewayStack>
{
    private static readonly string[] Clerk = ["clerk"];

    [Fact]
    public async Task A_clerks_request_reaches_the_service_through_the_gateway_and_its_json_comes_back()
    {
        var response = await stack.ClientFor(Clerk, "jiangpu").PostAsJsonAsync("/api/intake/v1/echo", new { text = "受理", count = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("受理受理", reply.GetProperty("text").GetString());
        Assert.Equal("jiangpu", reply.GetProperty("centre").GetString());
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_with_401_problem_details()
    {
        var response = await stack.CreateClient().PostAsJsonAsync("/api/intake/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401()
    {
        var client = stack.ClientFor(Clerk, "jiangpu", lifetime: TimeSpan.FromMinutes(-5));

        var response = await client.GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_with_401()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "onewindow-development",
            Audience = "onewindow",
            Claims = new Dictionary<string, object> { ["sub"] = "mallory", ["role"] = "district-admin" },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256),
        });
        var client = stack.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var response = await client.GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_role_the_service_does_not_grant_gets_403()
    {
        var response = await stack.ClientFor(["resident"], "jiangpu").PostAsJsonAsync("/api/intake/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_clerk_naming_another_centre_is_refused_at_the_gateway()
    {
        var response = await stack.ClientFor(Clerk, "jiangpu", namedCentre: "dinghai").GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Not your centre", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_district_admin_may_act_on_a_centre_they_name()
    {
        var response = await stack.ClientFor(["district-admin"], tenant: null, namedCentre: "pingliang").GetFromJsonAsync<JsonElement>("/api/intake/v1/whoami");

        Assert.Equal("pingliang", response.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task Internal_headers_sent_by_a_client_never_reach_the_service()
    {
        var client = stack.ClientFor(Clerk, "jiangpu");
        client.DefaultRequestHeaders.Add("x-onewindow-internal-user", "district-admin");
        client.DefaultRequestHeaders.Add("dapr-api-token", "guessed");
        client.DefaultRequestHeaders.Add("Forwarded", "for=6.6.6.6");

        var reply = await client.GetFromJsonAsync<JsonElement>("/api/intake/v1/whoami");

        Assert.Empty(reply.GetProperty("forwardedInternalHeaders").EnumerateArray());
    }

    [Fact]
    public async Task The_callers_trace_continues_in_the_service()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var client = stack.ClientFor(Clerk, "jiangpu");
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var reply = await client.GetFromJsonAsync<JsonElement>("/api/intake/v1/whoami");

        Assert.Contains(traceId.ToString(), reply.GetProperty("traceparent").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_route_of_the_configuration_names_its_authorization_policy()
    {
        var routes = stack.Services.GetRequiredService<IConfiguration>().GetSection("ReverseProxy:Routes").GetChildren().ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains(route["AuthorizationPolicy"], new[] { ProxyRoutes.Authenticated, ProxyRoutes.Anonymous }));
    }

    [Fact]
    public async Task An_unknown_service_is_404()
    {
        var response = await stack.ClientFor(Clerk, "jiangpu").GetAsync("/api/billing/v1/anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_reaches_a_service()
    {
        using var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await stack.ClientFor(Clerk, "jiangpu").PostAsync("/api/intake/v1/echo", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await stack.CreateClient().GetAsync("/healthz")).StatusCode);
        var ready = await stack.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }
}
