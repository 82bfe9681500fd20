using System.Reflection;
using OneWindow.EventBus;
using OneWindow.Events;

namespace OneWindow.Deployment.Tests;

/// <summary>Every topic of the event contracts (protos/events/OneWindow.Events) and the service its [Topic] names as publisher.</summary>
public static class EventCatalogue
{
    private static readonly Dictionary<string, string> Publishers = typeof(ApplicationAccepted).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(IntegrationEvent)) && type.GetCustomAttribute<TopicAttribute>() is not null)
        .ToDictionary(EventTopic.Of, EventTopic.PublisherOf);

    public static IEnumerable<string> Topics => Publishers.Keys;

    public static string PublisherOf(string topic) => Publishers[topic];

    public static IEnumerable<string> PublishedBy(string service) => Publishers.Where(p => p.Value == service).Select(p => p.Key);
}
