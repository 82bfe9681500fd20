namespace OneWindow.EventBus;

/// <summary>
/// Names the topic an event travels on (kebab-case) and its contract version. The CloudEvent type is
/// <c>onewindow.{publishing service}.{topic}.v{version}</c>: a breaking change is a new version
/// published beside the old one until its consumers have moved.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TopicAttribute(string name, int version = 1) : Attribute
{
    public string Name { get; } = name;

    public int Version { get; } = version;
}
