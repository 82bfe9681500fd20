using System.Text.RegularExpressions;
using k8s.Models;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// Only the gateway is reachable from outside the release; a service accepts gRPC from the gateway and from the
/// services whose code calls it, and Dapr's sidecar port from the release's sidecars — nothing else.
/// </summary>
public sealed partial class NetworkPolicyTests
{
    public static TheoryData<string> ValuesFiles => RenderedChart.ValuesFiles;

    private const int DaprInternalPort = 50002;

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task A_default_deny_covers_every_pod_of_the_release(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var deny = Assert.Single(chart.All<V1NetworkPolicy>(), p => p.Spec.Ingress is null or { Count: 0 });
        Assert.Contains("Ingress", deny.Spec.PolicyTypes);
        foreach (var labels in chart.Deployments.Select(d => d.Spec.Template.Metadata.Labels).Concat(chart.Jobs.Select(j => j.Spec.Template.Metadata.Labels)))
        {
            Assert.True(ChartTests.Selects(deny.Spec.PodSelector.MatchLabels, labels));
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_workload_has_its_own_network_policy(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var deployment in chart.Deployments)
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            var policy = Assert.Single(chart.All<V1NetworkPolicy>(), p => p.Spec.Ingress is { Count: > 0 } && ChartTests.Selects(p.Spec.PodSelector.MatchLabels, labels));
            Assert.Equal(["Ingress"], policy.Spec.PolicyTypes);
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Only_the_gateway_accepts_traffic_from_outside_the_release(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var policy in chart.All<V1NetworkPolicy>().Where(p => p.Spec.Ingress is { Count: > 0 }))
        {
            var name = policy.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"];
            foreach (var rule in policy.Spec.Ingress)
            {
                Assert.NotNull(rule.FromProperty);
                Assert.NotEmpty(rule.FromProperty);
                Assert.NotNull(rule.Ports);
                Assert.All(rule.FromProperty, peer => Assert.Null(peer.IpBlock));
                var external = rule.FromProperty.Where(peer => peer.NamespaceSelector is not null).ToList();
                if (external.Count == 0)
                {
                    continue;
                }

                // From another namespace: the ingress controller to the gateway's HTTP port, or a metrics scraper
                // to Dapr's metrics port.
                var ports = rule.Ports.Select(p => p.Port.Value).ToList();
                Assert.True(
                    (name == "gateway" && ports.SequenceEqual(["http"])) || ports.SequenceEqual(["9090"]),
                    $"{policy.Metadata.Name} lets another namespace reach {string.Join(", ", ports)}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task A_service_accepts_grpc_only_from_the_gateway_and_its_declared_callers(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var name in ChartTests.Services)
        {
            var policy = chart.Single<V1NetworkPolicy>($"{RenderedChart.ReleaseName}-{name}");
            var grpc = Assert.Single(policy.Spec.Ingress, r => r.Ports.Any(p => p.Port.Value == "grpc"));
            var callers = grpc.FromProperty.Select(peer =>
            {
                Assert.Null(peer.NamespaceSelector);
                return peer.PodSelector.MatchLabels["app.kubernetes.io/name"];
            }).ToList();
            Assert.Contains("gateway", callers);
            foreach (var caller in GrpcCallersInCode(name))
            {
                Assert.True(callers.Contains(caller), $"{caller} calls {name} over gRPC (its project compiles {name}'s protos as a client) but {name}'s network policy does not let it in: add it to services.{name}.calledBy.");
            }

            var sidecars = Assert.Single(policy.Spec.Ingress, r => r.Ports.Any(p => p.Port.Value == DaprInternalPort.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(sidecars.FromProperty, peer => Assert.Equal("onewindow", peer.PodSelector.MatchLabels["app.kubernetes.io/part-of"]));
            // The identity provider alone also opens its HTTP port to the release: sign-in through the gateway, and
            // every workload reading its keys and asking it for service tokens.
            Assert.Equal(name == "identity" ? 3 : 2, policy.Spec.Ingress.Count(r => r.FromProperty.All(peer => peer.NamespaceSelector is null)));
        }
    }

    /// <summary>Services whose web project compiles <paramref name="service"/>'s protos as a gRPC client.</summary>
    private static IEnumerable<string> GrpcCallersInCode(string service)
    {
        var services = Path.Combine(Repository.Root, "services");
        foreach (var project in Directory.EnumerateFiles(services, "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(services, project).Replace('\\', '/');
            var caller = relative.Split('/')[0];
            if (caller == service || caller == "shared" || !relative.Contains("/src/", StringComparison.Ordinal))
            {
                continue;
            }

            if (ClientProto().Matches(File.ReadAllText(project)).Any(m => m.Groups["service"].Value == service))
            {
                yield return caller;
            }
        }
    }

    [GeneratedRegex("""<Protobuf Include="[^"]*protos/(?<service>[a-z-]+)/v1/[^"]*"[^>]*GrpcServices="Client""")]
    private static partial Regex ClientProto();
}
