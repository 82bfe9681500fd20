namespace OneWindow.EventBus;

/// <summary>
/// Names the topic an event travels on (kebab-case), the one service that publishes it, and its contract
/// version. The CloudEvent type is <c>onewindow.{publisher}.{topic}.v{version}</c>: a breaking change is a new
/// version published beside the old one until its consumers have moved. Consumers trust an event only when its
/// CloudEvent source is the publisher named here (docs/adr/0011).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TopicAttribute(string name, string publisher, int version = 1) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The app id of the only service that may publish the topic.</summary>
    public string Publisher { get; } = publisher;

    public int Version { get; } = version;

    /// <summary>
    /// A fact of the whole district (the catalogue), carried without a centre. Every other topic's events name
    /// their centre: an event without one is refused, never taken as district-wide.
    /// </summary>
    public bool DistrictWide { get; init; }
}
