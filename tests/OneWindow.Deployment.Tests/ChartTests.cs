using k8s.Models;

namespace OneWindow.Deployment.Tests;

/// <summary>The chart lints and renders with every values file, and every workload has what the platform needs.</summary>
public sealed class ChartTests
{
    public static TheoryData<string> ValuesFiles => RenderedChart.ValuesFiles;

    /// <summary>The services the chart deploys: the six of docs/architecture.md, whether or not their code has landed.</summary>
    public static readonly string[] Services = ["hr-payroll", "identity", "intake", "notification", "policy-law", "review", "social-work"];

    /// <summary>The apps of the event bus, each with a Dapr sidecar: the services and the web console (the hall hears intake's calls).</summary>
    public static readonly string[] EventApps = [.. Services, "web"];

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Helm_lint_passes_strictly(string valuesFile)
    {
        await Repository.EnsureToolsAsync();
        var result = await Repository.RunAsync(
            Repository.Helm, ["lint", Repository.Chart, "--strict", .. RenderedChart.ValuesArguments(valuesFile)], TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("0 chart(s) failed", result.Output);
    }

    [Theory]
    [InlineData("postgress.host=db", "additional properties 'postgress' not allowed")]
    [InlineData("services.intake.calledBy[0]=Policy_Law", "does not match pattern")]
    [InlineData("services.intake.replica=3", "additional properties 'replica' not allowed")]
    [InlineData("containerSecurityContext.readOnlyRootFilesystem=false", "value must be true")]
    [InlineData("podSecurityContext.runAsNonRoot=false", "value must be true")]
    [InlineData("dapr.processingTimeout=30sec", "does not match pattern")]
    public async Task A_values_file_that_misspells_a_key_or_weakens_the_containers_is_refused(string setting, string message)
    {
        await Repository.EnsureToolsAsync();
        var result = await Repository.RunAsync(Repository.Helm, ["template", RenderedChart.ReleaseName, Repository.Chart, "--set", setting], TimeSpan.FromMinutes(1));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_service_the_console_and_the_gateway_is_a_deployment_with_a_service(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        Assert.Equal(Services.Append("web").Append("gateway").Order(StringComparer.Ordinal), chart.Deployments.Select(AppName).Order(StringComparer.Ordinal));
        foreach (var deployment in chart.Deployments)
        {
            var service = chart.Single<V1Service>(deployment.Metadata.Name);
            Assert.True(Selects(service.Spec.Selector, deployment.Spec.Template.Metadata.Labels), $"Service {service.Metadata.Name} does not select its pods.");
            Assert.True(Selects(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels), $"{deployment.Metadata.Name}: selector does not match its template.");
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.Equal(container.Ports.Select(p => p.Name).Order(), service.Spec.Ports.Select(p => p.TargetPort.Value).Order());
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_workload_has_dapr_annotations_with_a_unique_app_id_matching_its_service(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var configurations = chart.All<DaprConfiguration>().Select(c => c.Metadata.Name).ToHashSet();
        var appIds = new List<string>();
        foreach (var deployment in chart.Deployments)
        {
            var name = AppName(deployment);
            var annotations = deployment.Spec.Template.Metadata.Annotations;
            var container = deployment.Spec.Template.Spec.Containers.Single();
            if (name is "gateway")
            {
                // It neither publishes nor takes events: without a sidecar it cannot reach the pub/sub at all.
                Assert.Equal("false", annotations["dapr.io/enabled"]);
                Assert.DoesNotContain(container.Env, e => e.Name.StartsWith("EventBus__", StringComparison.Ordinal));
                continue;
            }

            Assert.Equal("true", annotations["dapr.io/enabled"]);
            Assert.Equal(name, annotations["dapr.io/app-id"]);
            Assert.Equal(name, container.Name);
            Assert.EndsWith("-" + name, deployment.Metadata.Name, StringComparison.Ordinal);
            // The app channel is the HTTP/1.1 endpoint (subscriptions, health), not the gRPC one (docs/adr/0004).
            Assert.Equal(Port(container, "http").ToString(System.Globalization.CultureInfo.InvariantCulture), annotations["dapr.io/app-port"]);
            Assert.Equal("http", annotations["dapr.io/app-protocol"]);
            Assert.Contains(annotations["dapr.io/config"], configurations);
            Assert.False(string.IsNullOrEmpty(annotations["dapr.io/app-token-secret"]));
            appIds.Add(annotations["dapr.io/app-id"]);
            // The app id is the event bus's app id: the CloudEvent source and the consumer group.
            Assert.Equal(name, Env(container, "EventBus__AppId"));
            Assert.Equal("dapr", Env(container, "EventBus__Transport"));
        }

        Assert.Equal(appIds.Count, appIds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_workload_has_probes_resources_and_a_non_root_read_only_security_context(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var deployment in chart.Deployments)
        {
            var pod = deployment.Spec.Template.Spec;
            var container = pod.Containers.Single();
            Assert.Equal("/healthz", container.LivenessProbe.HttpGet.Path);
            Assert.Equal("/readyz", container.ReadinessProbe.HttpGet.Path);
            Assert.Equal("http", container.LivenessProbe.HttpGet.Port.Value);
            Assert.Equal("http", container.ReadinessProbe.HttpGet.Port.Value);
            Assert.NotNull(container.StartupProbe);
            AssertResources(deployment.Metadata.Name, container);
            AssertHardened(deployment.Metadata.Name, pod, container);
        }

        foreach (var job in chart.Jobs)
        {
            AssertHardened(job.Metadata.Name, job.Spec.Template.Spec, job.Spec.Template.Spec.Containers.Single());
            AssertResources(job.Metadata.Name, job.Spec.Template.Spec.Containers.Single());
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_workload_has_a_pod_disruption_budget_and_an_autoscaler(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var deployment in chart.Deployments)
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            var pdb = Assert.Single(chart.All<V1PodDisruptionBudget>(), p => Selects(p.Spec.Selector.MatchLabels, labels));
            Assert.True(pdb.Spec.MaxUnavailable is not null || pdb.Spec.MinAvailable is not null, $"{pdb.Metadata.Name} allows nothing.");
            var hpa = Assert.Single(chart.All<V2HorizontalPodAutoscaler>(), h => h.Spec.ScaleTargetRef.Name == deployment.Metadata.Name);
            Assert.Equal("Deployment", hpa.Spec.ScaleTargetRef.Kind);
            Assert.InRange(hpa.Spec.MinReplicas ?? 1, 1, hpa.Spec.MaxReplicas);
            Assert.Contains(hpa.Spec.Metrics, m => m.Resource?.Name == "cpu");
            // The autoscaler owns the replica count: a fixed one would fight it on every upgrade.
            Assert.Null(deployment.Spec.Replicas);
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_service_is_migrated_before_install_and_upgrade_by_a_job_running_as_the_owner(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var name in Services)
        {
            var job = chart.Single<V1Job>($"{RenderedChart.ReleaseName}-{name}-migrate");
            var deployment = chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-{name}");
            Assert.Equal("pre-install,pre-upgrade", job.Metadata.Annotations["helm.sh/hook"]);
            Assert.Contains("before-hook-creation", job.Metadata.Annotations["helm.sh/hook-delete-policy"], StringComparison.Ordinal);
            var pod = job.Spec.Template.Spec;
            var container = pod.Containers.Single();
            Assert.Equal(["migrate"], container.Args);
            Assert.Equal(deployment.Spec.Template.Spec.Containers.Single().Image, container.Image);
            Assert.Equal("Never", pod.RestartPolicy);
            // A sidecar would keep the job's pod from ever completing.
            Assert.Equal("false", job.Spec.Template.Metadata.Annotations["dapr.io/enabled"]);
            // Its service account does not exist before install: the namespace's default one.
            Assert.Null(pod.ServiceAccountName);
            var owner = Env(container, $"ConnectionStrings__{name}-owner");
            Assert.Contains($"Username={name.Replace('-', '_')}_owner;", owner, StringComparison.Ordinal);
            Assert.Contains("Password=$(POSTGRES_OWNER_PASSWORD)", owner, StringComparison.Ordinal);
            // The running service never gets the owner's credentials.
            Assert.DoesNotContain(deployment.Spec.Template.Spec.Containers.Single().Env, e => e.Name.EndsWith("-owner", StringComparison.Ordinal) || e.Name == "POSTGRES_OWNER_PASSWORD");
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Secrets_the_jobs_need_exist_before_them_and_every_secret_reference_names_a_key_that_is_there(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var secrets = chart.All<V1Secret>().ToDictionary(s => s.Metadata.Name, s => s);
        var references = chart.Deployments.Select(d => d.Spec.Template.Spec).Concat(chart.Jobs.Select(j => j.Spec.Template.Spec))
            .SelectMany(p => p.Containers).SelectMany(c => c.Env ?? []).Where(e => e.ValueFrom?.SecretKeyRef is not null)
            .Select(e => e.ValueFrom.SecretKeyRef).ToList();
        Assert.NotEmpty(references);
        if (secrets.Count == 0)
        {
            // Made outside the chart (production): the README lists the names and keys the operator creates.
            var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"));
            foreach (var key in references.Select(r => r.Key).Distinct()
                .Where(k => !k.StartsWith("postgres-", StringComparison.Ordinal) && !k.StartsWith("personal-data-key-", StringComparison.Ordinal)
                    && !k.StartsWith("identity-signing-key-", StringComparison.Ordinal) && !k.StartsWith("redis-", StringComparison.Ordinal)))
            {
                Assert.Contains($"`{key}`", readme, StringComparison.Ordinal);
            }

            Assert.Contains("`redis-<workload>-password`", readme, StringComparison.Ordinal);
            Assert.Contains("`redis-dapr-password`", readme, StringComparison.Ordinal);

            Assert.Contains("`postgres-<service>-app-password`", readme, StringComparison.Ordinal);
            Assert.Contains("`postgres-<service>-owner-password`", readme, StringComparison.Ordinal);
            Assert.Contains("`personal-data-key-<id>`", readme, StringComparison.Ordinal);
            Assert.Contains("`identity-signing-key-<id>`", readme, StringComparison.Ordinal);
            return;
        }

        foreach (var reference in references)
        {
            Assert.True(secrets.TryGetValue(reference.Name, out var secret), $"No secret {reference.Name}.");
            Assert.True(secret.StringData.ContainsKey(reference.Key), $"Secret {reference.Name} has no key {reference.Key}.");
        }

        // Hooks run before the release's resources exist: the credentials the migration jobs read are a hook of lower weight.
        var credentials = secrets[references.First(r => r.Key.EndsWith("-owner-password", StringComparison.Ordinal)).Name];
        Assert.Contains("pre-install", credentials.Metadata.Annotations["helm.sh/hook"], StringComparison.Ordinal);
        Assert.True(int.Parse(credentials.Metadata.Annotations["helm.sh/hook-weight"], System.Globalization.CultureInfo.InvariantCulture)
            < int.Parse(chart.Jobs.First().Metadata.Annotations["helm.sh/hook-weight"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("keep", credentials.Metadata.Annotations["helm.sh/resource-policy"]);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Services_get_the_configuration_keys_the_code_reads(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        foreach (var name in Services)
        {
            var container = chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-{name}").Spec.Template.Spec.Containers.Single();
            var app = Env(container, $"ConnectionStrings__{name}");
            Assert.Contains($"Database=onewindow_{name.Replace('-', '_')};", app, StringComparison.Ordinal);
            Assert.Contains($"Username={name.Replace('-', '_')}_app;", app, StringComparison.Ordinal);
            Assert.Contains("abortConnect=false", Env(container, "ConnectionStrings__redis"), StringComparison.Ordinal);
            Assert.NotNull(container.Env.Single(e => e.Name == "Authentication__Authority").ValueFrom.SecretKeyRef);
            Assert.NotNull(container.Env.Single(e => e.Name == "PersonalData__BlindIndexKey").ValueFrom.SecretKeyRef);
            Assert.NotNull(container.Env.Single(e => e.Name == "EventBus__AppApiToken").ValueFrom.SecretKeyRef);
            var active = container.Env.Single(e => e.Name == "PersonalData__ActiveKeyId").ValueFrom.SecretKeyRef;
            Assert.NotNull(active);
            Assert.Contains(container.Env, e => e.Name.StartsWith("PersonalData__Keys__", StringComparison.Ordinal) && e.ValueFrom?.SecretKeyRef is not null);
            foreach (var other in Services)
            {
                Assert.Equal($"http://{RenderedChart.ReleaseName}-{other}:8081", Env(container, $"Services__{other}__Grpc"));
            }

            AssertDependentVariablesDefinedFirst(container);
        }

        var gateway = chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-gateway").Spec.Template.Spec.Containers.Single();
        foreach (var name in Services)
        {
            var address = new Uri(Env(gateway, $"ReverseProxy__Clusters__{name}__Destinations__primary__Address"));
            var service = chart.Single<V1Service>(address.Host);
            Assert.Contains(service.Spec.Ports, p => p.Port == address.Port && p.Name == "grpc");
        }

        AssertDependentVariablesDefinedFirst(gateway);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Only_the_gateway_has_an_ingress(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var ingress = Assert.Single(chart.All<V1Ingress>());
        var backends = ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service.Name).Distinct();
        Assert.Equal([$"{RenderedChart.ReleaseName}-gateway"], backends);
        Assert.DoesNotContain(chart.All<V1Service>(), s => s.Spec.Type is "NodePort" or "LoadBalancer");
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Every_object_names_the_release_namespace_so_a_plain_apply_of_the_rendered_chart_lands_there_too(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        Assert.All(chart.Json, o => Assert.Equal(RenderedChart.Namespace, (string?)o["metadata"]!["namespace"]));
    }

    [Fact]
    public async Task Production_values_use_external_endpoints_and_no_secrets_in_the_chart()
    {
        var chart = await RenderedChart.RenderAsync("values-prod.yaml");
        Assert.Empty(chart.All<V1Secret>());
        Assert.Empty(chart.All<V1StatefulSet>());
        var container = chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-intake").Spec.Template.Spec.Containers.Single();
        Assert.Equal("Production", Env(container, "ASPNETCORE_ENVIRONMENT"));
        Assert.Contains("SSL Mode=VerifyFull", Env(container, "ConnectionStrings__intake"), StringComparison.Ordinal);
        Assert.Contains("ssl=true", Env(container, "ConnectionStrings__redis"), StringComparison.Ordinal);
        Assert.DoesNotContain(chart.Jobs, j => j.Metadata.Name.EndsWith("-seed", StringComparison.Ordinal));
        Assert.DoesNotContain(chart.Jobs.SelectMany(j => j.Spec.Template.Spec.Containers.Single().Env), e => e.Name == "ConnectionStrings__postgres-admin");
    }

    [Fact]
    public async Task Development_values_seed_the_demo_district_after_install()
    {
        var chart = await RenderedChart.RenderAsync("values-dev.yaml");
        foreach (var name in Services)
        {
            var job = chart.Single<V1Job>($"{RenderedChart.ReleaseName}-{name}-seed");
            Assert.Equal("post-install,post-upgrade", job.Metadata.Annotations["helm.sh/hook"]);
            Assert.Equal(["seed"], job.Spec.Template.Spec.Containers.Single().Args);
        }
    }

    internal static string AppName(V1Deployment deployment) => deployment.Spec.Template.Metadata.Labels["app.kubernetes.io/name"];

    internal static string Env(V1Container container, string name) =>
        container.Env?.SingleOrDefault(e => e.Name == name)?.Value ?? throw new Xunit.Sdk.XunitException($"{container.Name}: no plain variable {name}.");

    internal static int Port(V1Container container, string name) => container.Ports.Single(p => p.Name == name).ContainerPort;

    internal static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string> labels) =>
        selector is { Count: > 0 } && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    private static void AssertResources(string owner, V1Container container)
    {
        Assert.True(container.Resources?.Requests?.ContainsKey("cpu") == true, $"{owner}: no CPU request.");
        Assert.True(container.Resources.Requests.ContainsKey("memory"), $"{owner}: no memory request.");
        Assert.True(container.Resources.Limits?.ContainsKey("memory") == true, $"{owner}: no memory limit.");
    }

    private static void AssertHardened(string owner, V1PodSpec pod, V1Container container)
    {
        Assert.True(pod.SecurityContext?.RunAsNonRoot == true, $"{owner}: the pod may run as root.");
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser ?? 0);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile?.Type);
        Assert.False(pod.AutomountServiceAccountToken ?? true, $"{owner}: mounts a service account token it never uses.");
        var security = container.SecurityContext;
        Assert.True(security?.RunAsNonRoot == true, $"{owner}: the container may run as root.");
        Assert.True(security.ReadOnlyRootFilesystem == true, $"{owner}: writable root file system.");
        Assert.True(security.AllowPrivilegeEscalation == false, $"{owner}: privilege escalation allowed.");
        Assert.Contains("ALL", security.Capabilities?.Drop ?? []);
        Assert.Null(security.Privileged);
        // A read-only root needs a writable /tmp (the runtime's diagnostics socket, temporary files).
        var tmp = Assert.Single(container.VolumeMounts, m => m.MountPath == "/tmp");
        Assert.NotNull(pod.Volumes.Single(v => v.Name == tmp.Name).EmptyDir);
    }

    /// <summary>Kubernetes expands $(NAME) only from variables defined earlier in the list.</summary>
    private static void AssertDependentVariablesDefinedFirst(V1Container container)
    {
        var defined = new HashSet<string>();
        foreach (var variable in container.Env)
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(variable.Value ?? string.Empty, @"\$\(([A-Za-z_][A-Za-z0-9_]*)\)"))
            {
                Assert.True(defined.Contains(match.Groups[1].Value), $"{container.Name}: {variable.Name} uses $({match.Groups[1].Value}) before it is defined.");
            }

            defined.Add(variable.Name);
        }
    }
}
