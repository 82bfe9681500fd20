namespace OneWindow.Testing;

/// <summary>The topics one app publishes and reads.</summary>
public sealed class AppScopes
{
    public List<string> Publishes { get; init; } = [];

    public List<string> Subscribes { get; init; } = [];
}
