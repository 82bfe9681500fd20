namespace OneWindow.EventBus;

/// <summary>One event handed to one handler (the consumer).</summary>
/// <param name="Event">The deserialized event.</param>
/// <param name="Topic">The topic it came on.</param>
/// <param name="Consumer">Stable name of the handler within the app; the inbox key is (event id, consumer).</param>
/// <param name="Services">The delivery's DI scope.</param>
public sealed record EventDelivery(IntegrationEvent Event, string Topic, string Consumer, IServiceProvider Services);
