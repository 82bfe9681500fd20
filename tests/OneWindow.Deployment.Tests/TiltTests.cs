using k8s;
using k8s.Models;

namespace OneWindow.Deployment.Tests;

/// <summary>The Tilt loop's pieces agree with the chart's development values (no cluster here to run Tilt itself).</summary>
public sealed class TiltTests
{
    private static readonly string Tilt = Path.Combine(Repository.Root, "tilt");

    [Fact]
    public async Task The_development_dependencies_are_where_the_development_values_point_with_the_same_passwords()
    {
        var objects = KubernetesYaml.LoadAllFromString(await File.ReadAllTextAsync(Path.Combine(Tilt, "dev-dependencies.yaml")), RenderedChart.TypeMap, strict: true);
        var chart = await RenderedChart.RenderAsync("values-dev.yaml");
        var intake = chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-intake").Spec.Template.Spec.Containers.Single();
        var credentials = chart.All<V1Secret>().Single(s => s.StringData.ContainsKey("redis-password")).StringData;
        var dependencies = objects.OfType<V1Secret>().Single().StringData;

        var postgres = objects.OfType<V1Service>().Single(s => s.Metadata.Name == "onewindow-postgres");
        Assert.Contains($"Host={postgres.Metadata.Name};Port={postgres.Spec.Ports.Single().Port};", ChartTests.Env(intake, "ConnectionStrings__intake"), StringComparison.Ordinal);
        var redis = objects.OfType<V1Service>().Single(s => s.Metadata.Name == "onewindow-redis");
        Assert.StartsWith($"{redis.Metadata.Name}:{redis.Spec.Ports.Single().Port},", ChartTests.Env(intake, "ConnectionStrings__redis"), StringComparison.Ordinal);
        Assert.Equal(dependencies["redis-password"], credentials["redis-password"]);
        Assert.Equal(dependencies["postgres-password"], credentials["postgres-admin-password"]);
        foreach (var set in objects.OfType<V1StatefulSet>())
        {
            Assert.True(ChartTests.Selects(set.Spec.Selector.MatchLabels, set.Spec.Template.Metadata.Labels));
            Assert.Contains(objects.OfType<V1Service>(), s => ChartTests.Selects(s.Spec.Selector, set.Spec.Template.Metadata.Labels));
        }
    }

    [Fact]
    public async Task The_tiltfile_deploys_the_chart_with_development_values_and_orders_each_migration_before_its_service()
    {
        var tiltfile = await File.ReadAllTextAsync(Path.Combine(Tilt, "Tiltfile"));
        Assert.Contains("charts/onewindow/values-dev.yaml", tiltfile, StringComparison.Ordinal);
        Assert.Contains("eng/images.sh --list", tiltfile, StringComparison.Ordinal);
        Assert.Contains($"release = '{RenderedChart.ReleaseName}'", tiltfile, StringComparison.Ordinal);
        Assert.Contains("'%s-%s-migrate' % (release, name)", tiltfile, StringComparison.Ordinal);
        Assert.Contains("'%s-%s-seed' % (release, name)", tiltfile, StringComparison.Ordinal);
        Assert.Contains("port_forwards=['8080:8080']", tiltfile, StringComparison.Ordinal);
        // The names the Tiltfile orders are the names the chart gives the jobs, services and gateway.
        var chart = await RenderedChart.RenderAsync("values-dev.yaml");
        foreach (var name in ChartTests.Services)
        {
            chart.Single<V1Job>($"{RenderedChart.ReleaseName}-{name}-migrate");
            chart.Single<V1Job>($"{RenderedChart.ReleaseName}-{name}-seed");
            chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-{name}");
        }

        Assert.Equal(8080, ChartTests.Port(chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-gateway").Spec.Template.Spec.Containers.Single(), "http"));
    }
}
