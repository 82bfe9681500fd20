using System.Net;

namespace OneWindow.Gateway.Tests;

public sealed class NoKnownProxyTests(UntrustingEdgeStack stack) : IClassFixture<UntrustingEdgeStack>
{
    [Fact]
    public async Task Without_a_known_proxy_no_ones_forwarded_for_is_believed_not_even_from_a_private_address()
    {
        // ASP.NET's middleware with empty lists would believe everyone; the gateway then does not use it at all.
        var peer = EdgeStack.IngressAddress();
        for (var i = 0; i < EdgeStack.AnonymousBudget; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(peer, EdgeStack.PublicAddress())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuideAsync(peer, EdgeStack.PublicAddress())).StatusCode);
    }

    private Task<HttpResponseMessage> GuideAsync(string peer, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/policy-law/v1/guides/dibao");
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return stack.CreateClient().SendAsync(request);
    }
}
