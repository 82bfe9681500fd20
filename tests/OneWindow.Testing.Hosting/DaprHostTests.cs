using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OneWindow.EventBus;
using Xunit;

namespace OneWindow.Testing.Hosting;

/// <summary>
/// What the Dapr sidecar meets on a service's real host: the service's own Program (AddServiceDefaults and all, as
/// in the cluster) on the dapr transport. The sidecar reads the subscriptions without any token, delivers with the
/// app's token, and nothing else may deliver. No sidecar runs here: whatever the host sends to one fails fast.
/// A service's test project derives one class from this and names an event its handlers take.
/// </summary>
/// <typeparam name="TProgram">The service's entry point.</typeparam>
public abstract class DaprHostTests<TProgram> : IAsyncLifetime
    where TProgram : class
{
    private const string AppToken = "the-sidecar-s-token";

    private readonly DaprModeFactory _host;
    private readonly string _service;

    protected DaprHostTests(PlatformServers servers, string service)
    {
        _service = service;
        _host = new DaprModeFactory(servers, service, () => Settings);
    }

    /// <summary>An event of a topic the service reads that its handler takes without any other data in place.</summary>
    protected abstract IntegrationEvent HandledEvent();

    /// <summary>What else the service needs to start (where the services it calls answer; nothing here calls them).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_sidecar_reads_every_topic_the_chart_scopes_the_service_to_without_any_token()
    {
        using var sidecar = _host.CreateClient();

        var subscriptions = await sidecar.GetFromJsonAsync<JsonElement>("/dapr/subscribe");

        var listed = subscriptions.EnumerateArray().Select(s => s.GetProperty("topic").GetString()!).Order().ToList();
        Assert.Equal(EventScopes.Of(_service).Subscribes.Order(), listed);
        Assert.All(subscriptions.EnumerateArray(), subscription =>
        {
            Assert.Equal("pubsub", subscription.GetProperty("pubsubName").GetString());
            Assert.Equal($"events/{subscription.GetProperty("topic").GetString()}", subscription.GetProperty("route").GetString()!.TrimStart('/'));
        });
    }

    [Fact]
    public async Task An_event_the_sidecar_delivers_with_the_app_token_is_handled()
    {
        var handled = HandledEvent();

        using var answer = await DeliverAsync(handled, AppToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("SUCCESS", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(await WasHandledAsync(handled), "The delivered event is not in the service's inbox.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a-guess")]
    public async Task An_event_posted_without_the_app_token_is_refused_and_changes_nothing(string? token)
    {
        var forged = HandledEvent();

        using var answer = await DeliverAsync(forged, token);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.False(await WasHandledAsync(forged), "An event posted without the app token was handled.");
    }

    [Fact]
    public async Task An_event_delivered_from_a_source_that_does_not_publish_its_topic_changes_nothing()
    {
        var forged = HandledEvent();

        using var answer = await DeliverAsync(forged, AppToken, source: "gateway");

        // Dead-lettering needs the sidecar, which is absent: the delivery is kept for retry, never handled.
        Assert.Equal("RETRY", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.False(await WasHandledAsync(forged), "An event from the wrong source was handled.");
    }

    private async Task<HttpResponseMessage> DeliverAsync(IntegrationEvent integrationEvent, string? token, string? source = null)
    {
        using var sidecar = _host.CreateClient();
        var envelope = EventEnvelope.Wrap(integrationEvent, source ?? EventTopic.PublisherOf(integrationEvent.GetType()), "pubsub");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/events/{envelope.Topic}")
        {
            Content = new ByteArrayContent(envelope.ToJson()) { Headers = { ContentType = new MediaTypeHeaderValue(EventEnvelope.ContentType) } },
        };
        if (token is not null)
        {
            request.Headers.Add("dapr-api-token", token);
        }

        return await sidecar.SendAsync(request);
    }

    private async Task<bool> WasHandledAsync(IntegrationEvent integrationEvent)
    {
        await using var connection = new NpgsqlConnection(_host.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE event_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = integrationEvent.Id } },
        };
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private sealed class DaprModeFactory(PlatformServers servers, string service, Func<IEnumerable<KeyValuePair<string, string?>>> extra)
        : ServiceFactory<TProgram>(servers, service)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            .. extra(),
            new("EventBus:Transport", "dapr"),
            new("EventBus:AppApiToken", AppToken),
            // Nothing listens here: publishing and dead-lettering through the sidecar fail at once.
            new("DAPR_HTTP_ENDPOINT", "http://127.0.0.1:9"),
            new("DAPR_GRPC_ENDPOINT", "http://127.0.0.1:9"),
        ];
    }
}
