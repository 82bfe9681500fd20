using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OneWindow.Testing;

namespace OneWindow.Gateway.Tests;

/// <summary>
/// A stand-in for the services behind the open routes (policy-law's guides, notification's SMS receipts): an HTTP/2
/// cleartext listener, as a service's Grpc endpoint, that answers 204 to anything and remembers what reached it.
/// </summary>
public sealed class RecordingService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingService(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public ConcurrentQueue<(string Method, string Path, string Body, bool HadToken)> Received { get; } = new();

    public static async Task<RecordingService> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        // Not the gateway's appsettings.json beside the test assembly (its Kestrel endpoint is port 8080).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var service = new RecordingService(app, port);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            service.Received.Enqueue((context.Request.Method, context.Request.Path.Value ?? string.Empty, await reader.ReadToEndAsync(),
                context.Request.Headers.Authorization.Count > 0));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        await app.StartAsync();
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The gateway with policy-law and notification pointing at a <see cref="RecordingService"/>.</summary>
public class PublicRouteStack(PlatformServers servers) : GatewayStack(servers)
{
    public RecordingService Upstream { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        Upstream = await RecordingService.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var address = $"http://127.0.0.1:{Upstream.Port.ToString(CultureInfo.InvariantCulture)}";
        builder.UseSetting("ReverseProxy:Clusters:policy-law:Destinations:primary:Address", address);
        builder.UseSetting("ReverseProxy:Clusters:notification:Destinations:primary:Address", address);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Upstream is not null)
        {
            await Upstream.DisposeAsync();
        }
    }
}

public sealed class PublicRouteTests(PublicRouteStack stack) : IClassFixture<PublicRouteStack>
{
    [Fact]
    public async Task The_sms_providers_signed_receipts_reach_notification_without_a_token()
    {
        var body = $$"""{"reference":"{{Guid.NewGuid()}}","status":"delivered"}""";

        var response = await stack.CreateClient().PostAsync("/api/notification/v1/sms/receipts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var received = Assert.Single(stack.Upstream.Received, r => r.Body == body);
        Assert.Equal(("POST", "/v1/sms/receipts", false), (received.Method, received.Path, received.HadToken));
    }

    [Fact]
    public async Task The_public_guides_reach_policy_law_without_a_token()
    {
        var response = await stack.CreateClient().GetAsync("/api/policy-law/v1/guides/dibao");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(stack.Upstream.Received, r => r.Method == "GET" && r.Path == "/v1/guides/dibao" && !r.HadToken);
    }

    [Theory]
    [InlineData("GET", "/api/notification/v1/sms/receipts")]
    [InlineData("GET", "/api/notification/v1/deliveries")]
    [InlineData("POST", "/api/notification/v1/sms/receipts-and-more")]
    [InlineData("POST", "/api/notification/v1/deliveries/x:resend")]
    [InlineData("GET", "/api/policy-law/v1/catalogue")]
    public async Task Nothing_else_of_those_services_is_open(string method, string path)
    {
        var response = await stack.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(stack.Upstream.Received, r => r.Method == method && path.EndsWith(r.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POST", "/api/notification/events/application-approved")]
    [InlineData("POST", "/api/policy-law/events/application-reviewed")]
    [InlineData("GET", "/api/notification/dapr/subscribe")]
    public async Task The_services_dapr_routes_are_not_reachable_through_the_gateway_even_signed_in(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/cloudevents+json") };
        request.Headers.Add("dapr-api-token", "a-guess");
        using var signedIn = stack.ClientFor(["director"], "jiangpu");

        var response = await signedIn.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not reachable through the gateway", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(stack.Upstream.Received, r => path.EndsWith(r.Path, StringComparison.Ordinal));
    }
}
