using System.Net;
using OneWindow.ServiceDefaults;

namespace OneWindow.Gateway.Tests;

public sealed class SecurityHeadersTests(PublicRouteStack stack) : IClassFixture<PublicRouteStack>
{
    [Fact]
    public async Task A_service_answer_that_has_none_leaves_the_gateway_with_the_security_headers()
    {
        var response = await stack.CreateClient().GetAsync("/api/policy-law/v1/guides/dibao");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        AssertApiHeaders(response);
    }

    [Fact]
    public async Task The_gateways_own_refusals_carry_the_security_headers()
    {
        var response = await stack.CreateClient().GetAsync("/api/intake/v1/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertApiHeaders(response);
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        var response = await stack.CreateClient().GetAsync("/healthz");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertApiHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal(SecurityHeaders.ApiPolicy, Single(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", Single(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : []);
}

public sealed class HstsTests(ProductionEdgeStack stack) : IClassFixture<ProductionEdgeStack>
{
    [Fact]
    public async Task Over_https_ended_at_the_ingress_the_gateway_sends_hsts()
    {
        var response = await SendAsync(EdgeStack.IngressAddress(), "https");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("10.1.2.3", "http")]
    [InlineData("198.51.100.7", "https")]
    public async Task Plain_http_or_https_claimed_by_an_unknown_peer_gets_no_hsts(string peer, string proto)
    {
        var response = await SendAsync(peer, proto);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private Task<HttpResponseMessage> SendAsync(string peer, string proto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-For", EdgeStack.PublicAddress());
        return stack.CreateClient().SendAsync(request);
    }
}
