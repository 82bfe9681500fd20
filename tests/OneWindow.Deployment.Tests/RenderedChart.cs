using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// The chart rendered by <c>helm template</c> with one values file, read strictly: every document into its typed
/// model (KubernetesClient's for Kubernetes kinds, <see cref="DaprComponent"/> and the others for Dapr's), so a
/// misspelt or misplaced field fails instead of being dropped by the API server. Also kept as JSON, exactly as
/// written, for the schema validation.
/// </summary>
public sealed class RenderedChart
{
    public const string ReleaseName = "onewindow";
    public const string Namespace = "onewindow-yangpu";

    /// <summary>Every values file the chart ships: the defaults alone, and each environment's over them.</summary>
    public static TheoryData<string> ValuesFiles => new() { "values.yaml", "values-dev.yaml", "values-prod.yaml" };

    private static readonly ConcurrentDictionary<string, Lazy<Task<RenderedChart>>> Cache = new();

    private RenderedChart(string valuesFile, string yaml, IReadOnlyList<object> objects, IReadOnlyList<JsonObject> json)
    {
        ValuesFile = valuesFile;
        Yaml = yaml;
        Objects = objects;
        Json = json;
    }

    public string ValuesFile { get; }

    public string Yaml { get; }

    public IReadOnlyList<object> Objects { get; }

    public IReadOnlyList<JsonObject> Json { get; }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public IReadOnlyList<V1Deployment> Deployments => All<V1Deployment>().ToList();

    public IReadOnlyList<V1Job> Jobs => All<V1Job>().ToList();

    public T Single<T>(string name) where T : IKubernetesObject<V1ObjectMeta> =>
        All<T>().SingleOrDefault(o => o.Metadata.Name == name) ?? throw new Xunit.Sdk.XunitException($"{ValuesFile}: no {typeof(T).Name} named {name}.");

    public static Task<RenderedChart> RenderAsync(string valuesFile) =>
        Cache.GetOrAdd(valuesFile, file => new Lazy<Task<RenderedChart>>(() => RenderNowAsync(file))).Value;

    public static string[] ValuesArguments(string valuesFile) =>
        valuesFile == "values.yaml" ? [] : ["-f", Path.Combine(Repository.Chart, valuesFile)];

    private static async Task<RenderedChart> RenderNowAsync(string valuesFile)
    {
        await Repository.EnsureToolsAsync();
        var result = await Repository.RunAsync(
            Repository.Helm,
            ["template", ReleaseName, Repository.Chart, "--namespace", Namespace, .. ValuesArguments(valuesFile)],
            TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"helm template with {valuesFile} failed:\n{result.Output}");
        var objects = KubernetesYaml.LoadAllFromString(result.StandardOutput, TypeMap, strict: true);
        return new RenderedChart(valuesFile, result.StandardOutput, objects, ToJson(result.StandardOutput));
    }

    /// <summary>apiVersion/kind to model: every kind KubernetesClient models, and Dapr's three.</summary>
    public static IDictionary<string, Type> TypeMap { get; } = BuildTypeMap();

    private static Dictionary<string, Type> BuildTypeMap()
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in typeof(V1Deployment).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { Kind.Length: > 0 } entity && !type.Name.EndsWith("List", StringComparison.Ordinal))
            {
                var apiVersion = string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
                map.TryAdd($"{apiVersion}/{entity.Kind}", type);
            }
        }

        map["dapr.io/v1alpha1/Component"] = typeof(DaprComponent);
        map["dapr.io/v1alpha1/Configuration"] = typeof(DaprConfiguration);
        map["dapr.io/v1alpha1/Resiliency"] = typeof(DaprResiliency);
        return map;
    }

    /// <summary>Each document as JSON with YAML 1.2 core-schema scalars (plain 8080 is a number, "8080" a string).</summary>
    private static List<JsonObject> ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents
            .Where(d => d.RootNode is YamlMappingNode { Children.Count: > 0 })
            .Select(d => (JsonObject)ToJson(d.RootNode)!)
            .ToList();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}."),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && value.Any(char.IsDigit) && !value.Contains('_') => JsonValue.Create(real),
            _ => JsonValue.Create(value),
        };
    }
}
