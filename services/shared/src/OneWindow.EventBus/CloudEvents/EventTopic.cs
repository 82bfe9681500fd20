using System.Collections.Concurrent;
using System.Reflection;

namespace OneWindow.EventBus;

/// <summary>Topic and CloudEvent type of an event class, read once from its <see cref="TopicAttribute"/>.</summary>
public static class EventTopic
{
    private static readonly ConcurrentDictionary<Type, TopicAttribute> Cache = new();

    public static string Of(Type eventType) => Attribute(eventType).Name;

    public static string Of<TEvent>()
        where TEvent : IntegrationEvent => Of(typeof(TEvent));

    /// <summary>The CloudEvent type: <c>onewindow.{source}.{topic}.v{version}</c>.</summary>
    public static string CloudEventType(Type eventType, string source)
    {
        var topic = Attribute(eventType);
        return $"onewindow.{source}.{topic.Name}.v{topic.Version}";
    }

    /// <summary>The topic and version a CloudEvent type names, whichever service published it.</summary>
    public static bool TryParseCloudEventType(string type, out string topic, out int version)
    {
        topic = string.Empty;
        version = 0;
        var parts = type.Split('.');
        if (parts is not ["onewindow", { Length: > 0 }, { Length: > 0 } name, ['v', .. var digits]]
            || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        topic = name;
        return true;
    }

    public static int VersionOf(Type eventType) => Attribute(eventType).Version;

    /// <summary>The app id of the one service that publishes the event's topic.</summary>
    public static string PublisherOf(Type eventType) => Attribute(eventType).Publisher;

    /// <summary>Whether the topic carries district facts (no centre) rather than one centre's.</summary>
    public static bool IsDistrictWide(Type eventType) => Attribute(eventType).DistrictWide;

    private static TopicAttribute Attribute(Type eventType) =>
        Cache.GetOrAdd(eventType, static type =>
            type.GetCustomAttribute<TopicAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} has no [Topic]: every integration event names its topic."));
}
