using System.Diagnostics;
using System.Text.RegularExpressions;
using k8s.Models;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// Every workload's program, started with <c>check-config</c> and exactly the environment the chart's production values
/// give its container (secrets replaced by stand-ins of the right shape), finds every setting it needs: a setting the
/// chart forgets fails here, not in a pod that never becomes ready.
/// </summary>
public sealed partial class ConfigurationCheckTests
{
    private const string ValuesFile = "values-prod.yaml";

    /// <summary>Each Deployment's container and each migration Job's, by the name of the object.</summary>
    public static TheoryData<string> Containers => new(
        ChartTests.Services.Append("web").Append("gateway").Select(name => $"{RenderedChart.ReleaseName}-{name}")
            .Concat(ChartTests.Services.Select(name => $"{RenderedChart.ReleaseName}-{name}-migrate")));

    [Theory]
    [MemberData(nameof(Containers))]
    public async Task Every_workload_finds_every_setting_it_needs_in_the_production_values(string objectName)
    {
        var (workload, container) = await ContainerAsync(objectName);

        var result = await CheckConfigAsync(workload, EnvironmentOf(container, StandIn));

        Assert.True(result.ExitCode == 0, $"{objectName} (check-config exited {result.ExitCode}):\n{result.Output}");
        Assert.Contains("has every setting it needs in Production", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("onewindow-notification", "notification-sms-secret-key", "Notification:Sms:Tencent needs SecretId, SecretKey, SmsSdkAppId and CallbackToken")]
    [InlineData("onewindow-notification", "notification-client-secret", "ServiceIdentity:TokenEndpoint, ClientId and ClientSecret are required")]
    [InlineData("onewindow-intake", "personal-data-blind-index-key", "PersonalData:BlindIndexKey is not set")]
    [InlineData("onewindow-review", "oidc-authority", "Authentication:Authority")]
    [InlineData("onewindow-hr-payroll", "token", "EventBus:AppApiToken is not configured")]
    public async Task A_secret_left_empty_fails_the_check_naming_the_setting(string objectName, string secretKey, string message)
    {
        var (workload, container) = await ContainerAsync(objectName);

        var result = await CheckConfigAsync(workload, EnvironmentOf(container, key => key == secretKey ? string.Empty : StandIn(key)));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    private static async Task<(string Workload, V1Container Container)> ContainerAsync(string objectName)
    {
        var chart = await RenderedChart.RenderAsync(ValuesFile);
        var pod = chart.Deployments.SingleOrDefault(d => d.Metadata.Name == objectName)?.Spec.Template.Spec
            ?? chart.Single<V1Job>(objectName).Spec.Template.Spec;
        var workload = objectName[$"{RenderedChart.ReleaseName}-".Length..].Replace("-migrate", string.Empty, StringComparison.Ordinal);
        return (workload, Assert.Single(pod.Containers));
    }

    /// <summary>The container's environment as Kubernetes gives it: secrets resolved, <c>$(VAR)</c> expanded from the variables before.</summary>
    private static Dictionary<string, string> EnvironmentOf(V1Container container, Func<string, string> secret)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in container.Env)
        {
            var value = variable.ValueFrom?.SecretKeyRef is { } reference ? secret(reference.Key) : variable.Value ?? string.Empty;
            environment[variable.Name] = Reference().Replace(value, m => environment.GetValueOrDefault(m.Groups[1].Value, m.Value));
        }

        return environment;
    }

    /// <summary>A value of the shape each secret key the README lists holds.</summary>
    private static string StandIn(string key) => key switch
    {
        "oidc-authority" => "https://id.yangpu.example/realms/onewindow",
        "personal-data-active-key-id" => "k2025",
        "identity-encryption-key" => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        _ when key.StartsWith("identity-signing-key-", StringComparison.Ordinal) => System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKeyPem(),
        _ when key == "personal-data-blind-index-key" || key.StartsWith("personal-data-key-", StringComparison.Ordinal) =>
            Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        _ => $"standin{key.Length}",
    };

    private static async Task<ProcessResult> CheckConfigAsync(string workload, Dictionary<string, string> environment)
    {
        var assembly = BuiltAssembly(workload);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)! };
        // Only what the chart gives, and what dotnet itself needs to start.
        start.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT", "DOTNET_CLI_HOME" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return await Repository.RunAsync(start, [assembly, "check-config"], TimeSpan.FromMinutes(1));
    }

    /// <summary>The workload's program as this test project's build made it (it references every workload's project).</summary>
    private static string BuiltAssembly(string workload)
    {
        var project = workload == "gateway"
            ? Path.Combine(Repository.Root, "gateway", "src", "OneWindow.Gateway")
            : Directory.GetDirectories(Path.Combine(Repository.Root, "services", workload, "src")).Single(d => !d.EndsWith(".Domain", StringComparison.Ordinal));
        var name = Path.GetFileName(project);
        // bin/<Configuration>/<TargetFramework>/ of this assembly, the same for the workloads it built.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var assembly = Path.Combine(project, "bin", output.Parent!.Name, output.Name, $"{name}.dll");
        Assert.True(File.Exists(assembly), $"{assembly} was not built.");
        return assembly;
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Reference();
}
