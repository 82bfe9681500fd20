using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.EventBus.Tests;

/// <summary>
/// The dapr transport's side of the contract with the sidecar, as in dapr/dotnet-sdk's own tests:
/// what <c>/dapr/subscribe</c> answers, and what a route does with a CloudEvent posted to it.
/// </summary>
public sealed class DaprSubscriptionTests : IAsyncLifetime
{
    private WebApplication _app = null!;

    private HandlerLog Log => _app.Services.GetRequiredService<HandlerLog>();

    private const string SidecarToken = "sidecar-secret";

    public async ValueTask InitializeAsync() => _app = await StartAsync(SidecarToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_subscribe_endpoint_lists_a_route_for_each_subscribed_topic()
    {
        var subscriptions = await _app.GetTestClient().GetFromJsonAsync<JsonElement>("/dapr/subscribe");

        var subscription = Assert.Single(subscriptions.EnumerateArray());
        Assert.Equal("pubsub", subscription.GetProperty("pubsubName").GetString());
        Assert.Equal("test-pinged", subscription.GetProperty("topic").GetString());
        Assert.Equal("events/test-pinged", subscription.GetProperty("route").GetString()!.TrimStart('/'));
    }

    [Fact]
    public async Task A_cloudevent_posted_to_its_route_reaches_the_handler_with_its_centre_in_scope()
    {
        var pinged = Pinged.For(Guid.NewGuid(), tenant: "dinghai");

        var response = await PostAsync(_app, pinged);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SUCCESS", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("dinghai", Assert.Single(Log.Handled, h => h.Event.Run == pinged.Run).Tenant);
    }

    [Fact]
    public async Task A_failing_handler_asks_dapr_to_retry()
    {
        var response = await PostAsync(_app, Pinged.For(Guid.NewGuid(), behaviour: PingBehaviour.AlwaysFail));

        Assert.Equal("RETRY", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_malformed_event_that_cannot_be_dead_lettered_is_kept_for_retry_rather_than_lost()
    {
        // No sidecar runs here, so moving the event to the dead-letter topic fails: it must not be dropped.
        using var content = new StringContent("""{"specversion":"1.0","id":"x","source":"intake","type":"t","datacontenttype":"application/json","data":{"run":"nope"}}""");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(EventEnvelope.ContentType);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/events/test-pinged") { Content = content };
        request.Headers.Add("dapr-api-token", SidecarToken);
        var response = await _app.GetTestClient().SendAsync(request);

        Assert.Equal("RETRY", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Empty(Log.Handled);
    }

    [Fact]
    public async Task Only_the_sidecar_presenting_the_app_token_can_deliver()
    {
        var pinged = Pinged.For(Guid.NewGuid());

        var forged = await PostAsync(_app, pinged, token: null);
        var wrong = await PostAsync(_app, pinged, token: "guess");
        var fromSidecar = await PostAsync(_app, pinged);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromSidecar.StatusCode);
        Assert.Single(Log.Handled, h => h.Event.Run == pinged.Run);
    }

    [Fact]
    public async Task A_host_on_the_dapr_transport_without_an_app_token_refuses_to_start()
    {
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(appApiToken: null));

        Assert.Contains("EventBus:AppApiToken", refusal.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(WebApplication app, Pinged pinged, string? token = SidecarToken)
    {
        using var content = new ByteArrayContent(EventEnvelope.Wrap(pinged, "intake", "pubsub").ToJson());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(EventEnvelope.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/events/test-pinged") { Content = content };
        if (token is not null)
        {
            request.Headers.Add("dapr-api-token", token);
        }

        return await app.GetTestClient().SendAsync(request);
    }

    private static async Task<WebApplication> StartAsync(string? appApiToken)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EventBus:Transport"] = "dapr",
            ["EventBus:AppId"] = "notification",
            ["EventBus:AppApiToken"] = appApiToken,
            // Nothing listens here: any call to the sidecar fails fast.
            ["DAPR_HTTP_ENDPOINT"] = "http://127.0.0.1:9",
            ["DAPR_GRPC_ENDPOINT"] = "http://127.0.0.1:9",
        });
        builder.Services.AddSingleton<HandlerLog>();
        builder.AddEventBus().AddSubscription<Pinged, PingedHandler>();
        var app = builder.Build();
        app.MapEventSubscriptions();
        await app.StartAsync();
        return app;
    }
}
