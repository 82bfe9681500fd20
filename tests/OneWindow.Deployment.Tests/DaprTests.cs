using System.Globalization;
using k8s.Models;
using OneWindow.EventBus;
using OneWindow.Testing;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// Dapr's pub/sub reads and writes the same Redis streams the redis transport does (docs/adr/0006): the component's
/// settings are checked against the transport's own defaults in OneWindow.EventBus, not against copies of them.
/// </summary>
public sealed class DaprTests
{
    public static TheoryData<string> ValuesFiles => RenderedChart.ValuesFiles;

    private static readonly EventBusOptions Code = new();

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task The_pubsub_component_is_redis_streams_with_the_redis_transports_naming(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var component = Assert.Single(chart.All<DaprComponent>());
        Assert.Equal("pubsub.redis", component.Spec.Type);
        Assert.Equal("v1", component.Spec.Version);
        // The component name is the one every CloudEvent carries and the services publish to.
        Assert.Equal(Code.PubSubName, component.Metadata.Name);
        // Consumer group = app id, as the redis transport's group is EventBus:AppId.
        Assert.Equal("{appID}", component.Value("consumerID"));
        Assert.Equal(Code.Redis.MaxLenApprox.ToString(CultureInfo.InvariantCulture), component.Value("maxLenApprox"));
        Assert.Equal(Code.Redis.PendingIdleTimeout, GoDuration(component.Value("processingTimeout")!));
        Assert.Equal(Code.Redis.Concurrency.ToString(CultureInfo.InvariantCulture), component.Value("concurrency"));
        Assert.NotNull(component.Value("redeliverInterval"));
        var password = component.Spec.Metadata.Single(m => m.Name == "redisPassword");
        Assert.Null(password.Value);
        Assert.NotNull(password.SecretKeyRef);
        Assert.Equal("kubernetes", component.Auth?.SecretStore);
        Assert.Equal(ChartTests.EventApps, component.Scopes);

        foreach (var deployment in chart.Deployments.Where(d => ChartTests.AppName(d) is not "gateway"))
        {
            var container = deployment.Spec.Template.Spec.Containers.Single();
            Assert.Equal(component.Metadata.Name, ChartTests.Env(container, "EventBus__PubSubName"));
            Assert.Equal(Code.DeadLetterTopic, ChartTests.Env(container, "EventBus__DeadLetterTopic"));
            Assert.Equal(component.Value("maxLenApprox"), ChartTests.Env(container, "EventBus__Redis__MaxLenApprox"));
            Assert.Equal(GoDuration(component.Value("processingTimeout")!), TimeSpan.Parse(ChartTests.Env(container, "EventBus__Redis__PendingIdleTimeout"), CultureInfo.InvariantCulture));
            Assert.Equal(Code.Redis.MaxDeliveryAttempts.ToString(CultureInfo.InvariantCulture), ChartTests.Env(container, "EventBus__Redis__MaxDeliveryAttempts"));
            Assert.Equal(component.Value("concurrency"), ChartTests.Env(container, "EventBus__Redis__Concurrency"));
            // Dapr reaches the same Redis as the services.
            var redis = ChartTests.Env(container, "ConnectionStrings__redis");
            Assert.StartsWith(component.Value("redisHost") + ",", redis, StringComparison.Ordinal);
            Assert.Equal(component.Value("enableTLS"), redis.Contains("ssl=true", StringComparison.Ordinal) ? "true" : "false");
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Subscriptions_are_programmatic_so_the_chart_declares_none(string valuesFile)
    {
        // OneWindow.EventBus maps /dapr/subscribe (MapSubscribeHandler) with one route per topic on the HTTP
        // port; a Subscription object as well would subscribe every topic twice.
        var chart = await RenderedChart.RenderAsync(valuesFile);
        Assert.DoesNotContain(chart.Json, o => (string?)o["kind"] == "Subscription");
        var source = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "services/shared/src/OneWindow.EventBus/Dapr/DaprSubscriptionEndpoints.cs"));
        Assert.Contains("MapSubscribeHandler()", source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task The_resiliency_policy_has_timeouts_retries_and_circuit_breakers_for_publishing_and_delivery(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var component = Assert.Single(chart.All<DaprComponent>());
        var resiliency = Assert.Single(chart.All<DaprResiliency>());
        Assert.Equal(ChartTests.EventApps, resiliency.Scopes);
        var policies = resiliency.Spec.Policies;
        var target = resiliency.Spec.Targets.Components[component.Metadata.Name];
        foreach (var direction in new[] { target.Outbound!, target.Inbound! })
        {
            Assert.True(GoDuration(policies.Timeouts[direction.Timeout!]) > TimeSpan.Zero);
            var retry = policies.Retries[direction.Retry!];
            Assert.Contains(retry.Policy, new[] { "constant", "exponential" });
            Assert.InRange(retry.MaxRetries, 1, 10);
            var breaker = policies.CircuitBreakers[direction.CircuitBreaker!];
            Assert.Matches(@"^consecutiveFailures > \d+$", breaker.Trip);
            Assert.True(GoDuration(breaker.Timeout) > TimeSpan.Zero);
        }

        // A handler answering RETRY is delivered as often as the redis transport delivers before dead-lettering.
        Assert.Equal(Code.Redis.MaxDeliveryAttempts - 1, policies.Retries[target.Inbound!.Retry!].MaxRetries);
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task The_dapr_configuration_denies_service_invocation_because_services_call_each_other_over_grpc(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var configuration = Assert.Single(chart.All<DaprConfiguration>());
        Assert.Equal("deny", configuration.Spec.AccessControl?.DefaultAction);
        Assert.True(configuration.Spec.Metric?.Enabled);
        Assert.NotNull(configuration.Spec.Tracing);
        Assert.All(chart.Deployments.Where(d => ChartTests.AppName(d) is not "gateway"), d => Assert.Equal(configuration.Metadata.Name, d.Spec.Template.Metadata.Annotations["dapr.io/config"]));
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task Each_service_has_an_app_api_token_of_its_own_that_reaches_its_dapr_and_it_from_one_secret(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var secrets = new List<string>();
        foreach (var deployment in chart.Deployments.Where(d => ChartTests.AppName(d) is not "gateway"))
        {
            var secret = deployment.Spec.Template.Metadata.Annotations["dapr.io/app-token-secret"];
            var token = deployment.Spec.Template.Spec.Containers.Single().Env.Single(e => e.Name == "EventBus__AppApiToken").ValueFrom.SecretKeyRef;
            Assert.Equal(secret, token.Name);
            // Dapr reads the key "token" of the named secret.
            Assert.Equal("token", token.Key);
            secrets.Add(secret);
        }

        Assert.Equal(ChartTests.EventApps.Length, secrets.Distinct().Count());
        if (chart.All<V1Secret>().Any())
        {
            var tokens = secrets.Select(name => chart.Single<V1Secret>(name).StringData["token"]).ToList();
            Assert.All(tokens, token => Assert.False(string.IsNullOrEmpty(token)));
            Assert.Equal(tokens.Count, tokens.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(ValuesFiles))]
    public async Task A_sidecar_lets_its_service_publish_only_the_topics_the_catalogue_gives_it_and_read_only_those_it_subscribes_to(string valuesFile)
    {
        var chart = await RenderedChart.RenderAsync(valuesFile);
        var component = Assert.Single(chart.All<DaprComponent>());

        var publishing = Scopes(component.Value("publishingScopes")!);
        var reading = Scopes(component.Value("subscriptionScopes")!);

        Assert.Equal(ChartTests.EventApps.Order(), publishing.Keys.Order());
        Assert.Equal(ChartTests.EventApps.Order(), reading.Keys.Order());
        foreach (var service in ChartTests.EventApps)
        {
            Assert.Equal(EventCatalogue.PublishedBy(service).Append(Code.DeadLetterTopic).Order(), publishing[service].Order());
            Assert.Equal(EventScopes.Of(service).Subscribes.Order(), reading[service].Order());
        }
    }

    [Fact]
    public void The_event_scopes_list_every_topic_under_the_one_service_the_catalogue_names_as_its_publisher()
    {
        var listed = EventScopes.Apps.SelectMany(app => app.Value.Publishes.Select(topic => (Topic: topic, Publisher: app.Key))).ToList();

        Assert.Equal(EventCatalogue.Topics.Order(), listed.Select(l => l.Topic).Order());
        Assert.All(listed, l => Assert.Equal(EventCatalogue.PublisherOf(l.Topic), l.Publisher));
        Assert.All(EventScopes.Apps.Values.SelectMany(app => app.Subscribes), topic => Assert.Contains(topic, EventCatalogue.Topics));
    }

    private static Dictionary<string, string[]> Scopes(string metadata) =>
        metadata.Split(';').Select(entry => entry.Split('=')).ToDictionary(pair => pair[0], pair => pair[1].Split(',', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Dapr's durations ("30s", "1m30s", "500ms").</summary>
    internal static TimeSpan GoDuration(string value)
    {
        var total = TimeSpan.Zero;
        var matches = System.Text.RegularExpressions.Regex.Matches(value, @"(\d+(?:\.\d+)?)(ms|h|m|s)");
        Assert.True(matches.Sum(m => m.Length) == value.Length && matches.Count > 0, $"'{value}' is not a duration.");
        foreach (System.Text.RegularExpressions.Match match in matches)
        {
            var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            total += match.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }

        return total;
    }
}
