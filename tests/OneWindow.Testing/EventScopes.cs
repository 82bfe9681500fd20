using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OneWindow.Testing;

/// <summary>
/// The chart's list of who publishes and who reads each topic (charts/onewindow/files/event-scopes.yaml), from
/// which the Dapr component's scopes are made; tests hold it against the code.
/// </summary>
public static class EventScopes
{
    private static readonly Lazy<IReadOnlyDictionary<string, AppScopes>> All = new(Read);

    public static string File { get; } = Path.Combine(Checkout.Root, "charts", "onewindow", "files", "event-scopes.yaml");

    public static IReadOnlyDictionary<string, AppScopes> Apps => All.Value;

    public static AppScopes Of(string app) =>
        Apps.TryGetValue(app, out var scopes) ? scopes : throw new InvalidOperationException($"{File} does not list the app '{app}'.");

    private static IReadOnlyDictionary<string, AppScopes> Read() =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<Dictionary<string, AppScopes>>(System.IO.File.ReadAllText(File));
}
