using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>policy-law on the dapr transport, as the sidecar meets it in the cluster.</summary>
public sealed class DaprHostTests(PlatformServers servers) : DaprHostTests<Program>(servers, "policy-law")
{
    protected override IntegrationEvent HandledEvent() => new HouseholdChanged
    {
        HouseholdId = Guid.NewGuid(),
        MemberIds = [Guid.NewGuid()],
        Facts = new EligibilityFacts { HouseholdSize = 1, HukouDistrict = "yangpu" },
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = "jiangpu",
    };
}
