using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Testing;

namespace OneWindow.EventBus.Tests;

/// <summary>A consuming app on the redis transport: the real adapter against the real server.</summary>
public sealed class RedisBusHost : IAsyncDisposable
{
    private RedisBusHost(IHost host) => Host = host;

    public IHost Host { get; }

    public HandlerLog Log => Host.Services.GetRequiredService<HandlerLog>();

    public IEventBus Bus => Host.Services.GetRequiredService<IEventBus>();

    public static async Task<RedisBusHost> StartAsync(
        PlatformServers servers, string appId, int maxDeliveryAttempts = 3, int maxLenApprox = 100_000, string? connectionString = null, string deadLetterTopic = "dead-letter")
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = connectionString ?? servers.Redis.ConnectionString,
            ["EventBus:Transport"] = "redis",
            ["EventBus:AppId"] = appId,
            ["EventBus:DeadLetterTopic"] = deadLetterTopic,
            ["EventBus:Redis:PollInterval"] = "00:00:00.020",
            ["EventBus:Redis:PendingIdleTimeout"] = "00:00:00.300",
            ["EventBus:Redis:MaxDeliveryAttempts"] = maxDeliveryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EventBus:Redis:MaxLenApprox"] = maxLenApprox.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton<HandlerLog>();
        builder.AddEventBus().AddSubscription<Pinged, PingedHandler>().AddSubscription<Announced, AnnouncedHandler>();
        var host = builder.Build();
        await host.StartAsync();
        return new RedisBusHost(host);
    }

    public Task PublishAsync(IntegrationEvent integrationEvent) =>
        Bus.PublishAsync(EventEnvelope.Wrap(integrationEvent, EventTopic.PublisherOf(integrationEvent.GetType()), "pubsub"), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
