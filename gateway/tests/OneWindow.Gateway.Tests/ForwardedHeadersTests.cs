using System.Net;
using System.Text;

namespace OneWindow.Gateway.Tests;

public sealed class ForwardedHeadersTests(EdgeStack stack) : IClassFixture<EdgeStack>
{
    [Fact]
    public async Task Residents_behind_the_ingress_are_counted_each_by_the_address_the_ingress_forwards()
    {
        var ingress = EdgeStack.IngressAddress();
        var (resident, neighbour) = (EdgeStack.PublicAddress(), EdgeStack.PublicAddress());
        for (var i = 0; i < EdgeStack.AnonymousBudget; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(ingress, resident)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuideAsync(ingress, resident)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(ingress, neighbour)).StatusCode);
    }

    [Fact]
    public async Task A_spoofed_forwarded_for_from_an_unknown_proxy_does_not_change_the_callers_bucket()
    {
        var caller = EdgeStack.PublicAddress();
        for (var i = 0; i < EdgeStack.AnonymousBudget; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(caller, EdgeStack.PublicAddress())).StatusCode);
        }

        var spoofed = await GuideAsync(caller, EdgeStack.PublicAddress());

        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    [Fact]
    public async Task A_chain_with_an_address_the_client_wrote_is_counted_by_the_address_the_ingress_saw()
    {
        var ingress = EdgeStack.IngressAddress();
        var resident = EdgeStack.PublicAddress();
        for (var i = 0; i < EdgeStack.AnonymousBudget; i++)
        {
            // The resident wrote a made-up address first; the ingress appended the one it saw.
            Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(ingress, $"{EdgeStack.PublicAddress()}, {resident}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuideAsync(ingress, $"{EdgeStack.PublicAddress()}, {resident}")).StatusCode);
    }

    [Fact]
    public async Task Residents_using_up_the_anonymous_budget_do_not_hold_back_the_sms_providers_receipts()
    {
        var ingress = EdgeStack.IngressAddress();
        var address = EdgeStack.PublicAddress();
        for (var i = 0; i <= EdgeStack.AnonymousBudget; i++)
        {
            await GuideAsync(ingress, address);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuideAsync(ingress, address)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await ReceiptAsync(ingress, address)).StatusCode);
    }

    [Fact]
    public async Task Receipts_have_a_budget_of_their_own_which_when_used_up_does_not_refuse_residents()
    {
        var ingress = EdgeStack.IngressAddress();
        var address = EdgeStack.PublicAddress();
        for (var i = 0; i < EdgeStack.ReceiptsBudget; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await ReceiptAsync(ingress, address)).StatusCode);
        }

        var refused = await ReceiptAsync(ingress, address);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("receipts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(ingress, address)).StatusCode);
    }

    [Fact]
    public async Task Addresses_of_one_ipv6_subscriber_share_a_bucket_per_64()
    {
        var prefix = $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}";
        await AssertOneBucketAsync($"{prefix}::10", $"{prefix}:ffff::20");
    }

    [Fact]
    public async Task An_ipv4_address_mapped_into_ipv6_is_counted_as_the_ipv4_address()
    {
        var address = EdgeStack.PublicAddress();
        await AssertOneBucketAsync(address, $"::ffff:{address}");
    }

    private async Task AssertOneBucketAsync(string first, string second)
    {
        var ingress = EdgeStack.IngressAddress();
        for (var i = 0; i < EdgeStack.AnonymousBudget; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await GuideAsync(ingress, first)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GuideAsync(ingress, second)).StatusCode);
    }

    private Task<HttpResponseMessage> GuideAsync(string peer, string forwardedFor) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/policy-law/v1/guides/dibao"), peer, forwardedFor);

    private Task<HttpResponseMessage> ReceiptAsync(string peer, string forwardedFor) =>
        SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/api/notification/v1/sms/receipts")
            {
                Content = new StringContent($$"""{"reference":"{{Guid.NewGuid()}}","status":"delivered"}""", Encoding.UTF8, "application/json"),
            },
            peer,
            forwardedFor);

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string peer, string forwardedFor)
    {
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return stack.CreateClient().SendAsync(request);
    }
}
