using Dapr.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneWindow.EventBus;

/// <summary>The bus is reachable when the sidecar says it is up (its outbound health endpoint).</summary>
internal sealed class DaprSidecarHealthCheck(DaprClient dapr) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await dapr.CheckOutboundHealthAsync(cancellationToken)
            ? HealthCheckResult.Healthy("dapr sidecar")
            : new HealthCheckResult(context.Registration.FailureStatus, "The Dapr sidecar does not answer: events wait in the outbox.");
}
