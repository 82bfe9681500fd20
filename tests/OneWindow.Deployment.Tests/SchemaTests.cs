using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// Every rendered manifest validates against the Kubernetes API schema without a cluster: first read strictly into
/// its typed model (unknown or misplaced fields fail, RenderedChart), then validated by the npm package
/// kubernetes-models (required fields, types, enums, formats). Dapr's kinds have no schema there; they are read
/// strictly into Dapr's models, so those must be every object the package does not know.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryData<string> ValuesFiles => RenderedChart.ValuesFiles;

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_manifest_reads_strictly_into_its_typed_model(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        Assert.Equal(chart.Json.Count, chart.Objects.Count);
        Assert.All(chart.Objects, o => Assert.DoesNotContain("JsonElement", o.GetType().Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_manifest_validates_against_the_kubernetes_schema(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var file = Path.Combine(Path.GetTempPath(), $"onewindow-manifests-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new JsonArray(chart.Json.Select(o => o.DeepClone()).ToArray()).ToJsonString());
        try
        {
            var result = await Repository.RunAsync(
                "node", [Path.Combine(AppContext.BaseDirectory, "Schema", "validate-manifests.mjs"), Repository.KubernetesModels, file], TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, result.Output);
            var verdicts = JsonSerializer.Deserialize<List<Verdict>>(result.StandardOutput, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            Assert.Equal(chart.Json.Count, verdicts.Count);
            var failures = verdicts.Where(v => v.Errors is not null).Select(v => $"{v.Kind} {v.Name}: {v.Errors}").ToList();
            Assert.True(failures.Count == 0, string.Join('\n', failures));
            var unknown = verdicts.Where(v => !v.Known).Select(v => $"{v.ApiVersion}/{v.Kind}").Distinct().Order().ToList();
            Assert.Equal(["dapr.io/v1alpha1/Component", "dapr.io/v1alpha1/Configuration", "dapr.io/v1alpha1/Resiliency"], unknown);
            Assert.Contains(verdicts, v => v is { Kind: "Deployment", Known: true });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_validation_rejects_a_manifest_the_api_server_would_refuse()
    {
        // The validator itself: a Deployment without a selector and with a port as text must fail.
        var chart = await RenderedChart.RenderAsync("values-dev.yaml");
        var deployment = chart.Json.First(o => (string?)o["kind"] == "Deployment").DeepClone().AsObject();
        deployment["spec"]!.AsObject().Remove("selector");
        deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["ports"]![0]!["containerPort"] = "http";
        var file = Path.Combine(Path.GetTempPath(), $"onewindow-manifests-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new JsonArray(deployment).ToJsonString());
        try
        {
            var result = await Repository.RunAsync(
                "node", [Path.Combine(AppContext.BaseDirectory, "Schema", "validate-manifests.mjs"), Repository.KubernetesModels, file], TimeSpan.FromMinutes(2));
            var verdict = Assert.Single(JsonSerializer.Deserialize<List<Verdict>>(result.StandardOutput, new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
            Assert.Contains("selector", verdict.Errors, StringComparison.Ordinal);
            Assert.Contains("containerPort", verdict.Errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_strict_reader_rejects_an_unknown_field()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: x }
            spec:
              selector: { matchLabels: { a: b } }
              template:
                metadata: { labels: { a: b } }
                spec:
                  containers:
                    - name: x
                      image: x
                      readinessProbes: {}
            """;
        Assert.ThrowsAny<Exception>(() => k8s.KubernetesYaml.LoadAllFromString(yaml, RenderedChart.TypeMap, strict: true));
        const string component = """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata: { name: pubsub }
            spec:
              type: pubsub.redis
              version: v1
              metadata: []
              scopes: [intake]
            """;
        Assert.ThrowsAny<Exception>(() => k8s.KubernetesYaml.LoadAllFromString(component, RenderedChart.TypeMap, strict: true));
    }

    private sealed record Verdict(int Index, string ApiVersion, string Kind, string? Name, bool Known, string? Errors);
}
