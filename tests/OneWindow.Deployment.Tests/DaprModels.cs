using k8s;
using k8s.Models;

namespace OneWindow.Deployment.Tests;

// Dapr's custom resources as typed models (dapr.io/v1alpha1), read with the same strict deserializer as
// Kubernetes' own kinds: a field Dapr does not define fails the test instead of being ignored by the sidecar.

public sealed class DaprComponent : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public V1ObjectMeta Metadata { get; set; } = new();
    public ComponentSpec Spec { get; set; } = new();
    public ComponentAuth? Auth { get; set; }
    public List<string>? Scopes { get; set; }

    public string? Value(string name) => Spec.Metadata.SingleOrDefault(m => m.Name == name)?.Value;
}

public sealed class ComponentSpec
{
    public string Type { get; set; } = string.Empty;
    public string Version { get; set; } = string.Empty;
    public bool? IgnoreErrors { get; set; }
    public string? InitTimeout { get; set; }
    public List<ComponentMetadata> Metadata { get; set; } = [];
}

public sealed class ComponentMetadata
{
    public string Name { get; set; } = string.Empty;
    public string? Value { get; set; }
    public SecretKeyReference? SecretKeyRef { get; set; }
}

public sealed class SecretKeyReference
{
    public string Name { get; set; } = string.Empty;
    public string? Key { get; set; }
}

public sealed class ComponentAuth
{
    public string SecretStore { get; set; } = string.Empty;
}

public sealed class DaprConfiguration : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public V1ObjectMeta Metadata { get; set; } = new();
    public ConfigurationSpec Spec { get; set; } = new();
}

public sealed class ConfigurationSpec
{
    public TracingSpec? Tracing { get; set; }
    public MetricSpec? Metric { get; set; }
    public AccessControlSpec? AccessControl { get; set; }
}

public sealed class TracingSpec
{
    public string SamplingRate { get; set; } = string.Empty;
    public OtelSpec? Otel { get; set; }
}

public sealed class OtelSpec
{
    public string EndpointAddress { get; set; } = string.Empty;
    public bool IsSecure { get; set; }
    public string Protocol { get; set; } = string.Empty;
}

public sealed class MetricSpec
{
    public bool Enabled { get; set; }
}

public sealed class AccessControlSpec
{
    public string DefaultAction { get; set; } = string.Empty;
    public string? TrustDomain { get; set; }
}

public sealed class DaprResiliency : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public V1ObjectMeta Metadata { get; set; } = new();
    public List<string>? Scopes { get; set; }
    public ResiliencySpec Spec { get; set; } = new();
}

public sealed class ResiliencySpec
{
    public ResiliencyPolicies Policies { get; set; } = new();
    public ResiliencyTargets Targets { get; set; } = new();
}

public sealed class ResiliencyPolicies
{
    public Dictionary<string, string> Timeouts { get; set; } = [];
    public Dictionary<string, RetryPolicy> Retries { get; set; } = [];
    public Dictionary<string, CircuitBreakerPolicy> CircuitBreakers { get; set; } = [];
}

public sealed class RetryPolicy
{
    public string Policy { get; set; } = string.Empty;
    public string? Duration { get; set; }
    public string? MaxInterval { get; set; }
    public int MaxRetries { get; set; }
}

public sealed class CircuitBreakerPolicy
{
    public int MaxRequests { get; set; }
    public string? Interval { get; set; }
    public string Timeout { get; set; } = string.Empty;
    public string Trip { get; set; } = string.Empty;
}

public sealed class ResiliencyTargets
{
    public Dictionary<string, ComponentTargets> Components { get; set; } = [];
}

public sealed class ComponentTargets
{
    public TargetPolicies? Outbound { get; set; }
    public TargetPolicies? Inbound { get; set; }
}

public sealed class TargetPolicies
{
    public string? Timeout { get; set; }
    public string? Retry { get; set; }
    public string? CircuitBreaker { get; set; }
}
