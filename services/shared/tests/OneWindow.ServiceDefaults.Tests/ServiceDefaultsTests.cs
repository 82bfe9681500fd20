using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneWindow.Probe.V1;

namespace OneWindow.ServiceDefaults.Tests;

public sealed class ServiceDefaultsTests(ProbeFactory probe) : IClassFixture<ProbeFactory>
{
    private static readonly string[] Clerk = ["clerk"];

    [Fact]
    public async Task A_clerk_of_a_centre_is_served_in_that_centre()
    {
        var response = await probe.ClientFor("clerk-1", Clerk, "jiangpu").PostAsJsonAsync("/v1/echo", new { text = "办", count = 2 });

        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("办办", reply.GetProperty("text").GetString());
        Assert.Equal("jiangpu", reply.GetProperty("centre").GetString());
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_with_401_problem_details()
    {
        var response = await probe.CreateClient().PostAsJsonAsync("/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentTokens.Issuer,
            Audience = DevelopmentTokens.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "mallory", ["role"] = Clerk, ["tenant"] = "jiangpu" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))), SecurityAlgorithms.HmacSha256),
        });
        var client = probe.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var response = await client.PostAsJsonAsync("/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_that_names_nobody_is_refused_with_401_not_a_server_error()
    {
        var response = await probe.ClientFor(string.Empty, Clerk, "jiangpu").GetAsync("/v1/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no-subject", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var client = probe.ClientFor("clerk-1", Clerk, "jiangpu", lifetime: TimeSpan.FromMinutes(-5));

        var response = await client.PostAsJsonAsync("/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_role_that_is_not_granted_the_action_gets_403()
    {
        var response = await probe.ClientFor("resident-1", ["resident"], "jiangpu").PostAsJsonAsync("/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_centre_token_naming_another_centre_gets_403_problem_details()
    {
        var response = await probe.ClientFor("clerk-1", Clerk, "jiangpu", namedCentre: "dinghai").PostAsJsonAsync("/v1/echo", new { text = "x", count = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_malformed_centre_header_gets_400_naming_the_header()
    {
        var response = await probe.ClientFor("admin-1", ["district-admin"], null, namedCentre: "DROP TABLE").GetAsync("/v1/whoami");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-OneWindow-Centre", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_staff_see_the_district_and_act_on_a_centre_only_by_naming_it()
    {
        var district = await probe.ClientFor("admin-1", ["district-admin"], null).GetFromJsonAsync<JsonElement>("/v1/whoami");
        var named = await probe.ClientFor("admin-1", ["district-admin"], null, namedCentre: "dinghai").GetFromJsonAsync<JsonElement>("/v1/whoami");

        Assert.True(district.GetProperty("districtWide").GetBoolean());
        Assert.Equal("dinghai", named.GetProperty("tenant").GetString());
    }

    [Theory]
    [InlineData("hr-admin")]
    [InlineData("district-admin")]
    public async Task A_district_role_whose_token_names_neither_a_centre_nor_the_district_is_refused_naming_the_tenant(string role)
    {
        var centreless = probe.ClientWithClaims(new Dictionary<string, object> { ["sub"] = "someone", ["role"] = new[] { role } });

        var response = await centreless.GetAsync("/v1/whoami");
        var naming = await probe.ClientWithClaims(new Dictionary<string, object> { ["sub"] = "someone", ["role"] = new[] { role } }).SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "/v1/whoami") { Headers = { { "X-OneWindow-Centre", "jiangpu" } } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"tenant\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, naming.StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_are_all_named_in_one_400()
    {
        var response = await probe.ClientFor("clerk-1", Clerk, "jiangpu").PostAsJsonAsync("/v1/echo", new { text = "", count = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = FieldViolations(await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(["count", "text"], fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{\"text\": \"x\", \"count\": 1")]
    [InlineData("{\"text\": \"x\", \"count\": \"many\"}")]
    [InlineData("{\"text\": \"x\", \"count\": 1, \"colour\": \"COLOUR_PURPLE\"}")]
    [InlineData("[1, 2]")]
    public async Task Malformed_json_wrong_types_and_unknown_enum_values_get_400(string body)
    {
        var response = await probe.ClientFor("clerk-1", Clerk, "jiangpu")
            .PostAsync("/v1/echo", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        var body = JsonSerializer.Serialize(new { text = new string('x', 2 * 1024 * 1024), count = 1 });

        var response = await probe.ClientFor("clerk-1", Clerk, "jiangpu")
            .PostAsync("/v1/echo", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"Got {response.StatusCode}.");
    }

    [Fact]
    public async Task A_domain_conflict_is_a_409_with_its_stable_code()
    {
        var response = await probe.ClientFor("clerk-1", Clerk, "jiangpu").PostAsJsonAsync("/v1/echo", new { text = "conflict", count = 1 });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
        Assert.Contains("already-echoed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grpc_client_gets_field_violations_in_the_rich_status()
    {
        using var channel = GrpcChannel.ForAddress(probe.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = probe.Server.CreateHandler() });
        var client = new Probe.V1.Probe.ProbeClient(channel);
        var headers = new Metadata { { "Authorization", "Bearer " + DevelopmentTokens.Issue("clerk-1", Clerk, "jiangpu", TimeSpan.FromMinutes(5), TimeProvider.System) } };

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest { Text = "x", Count = 99 }, headers).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var badRequest = refused.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal("count", Assert.Single(badRequest.FieldViolations).Field);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_without_a_token(string path)
    {
        var response = await probe.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IEnumerable<string> FieldViolations(JsonElement status) =>
        status.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.BadRequest", StringComparison.Ordinal))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .Select(v => v.GetProperty("field").GetString()!);
}
