using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.SocialWork.Tests;

/// <summary>social-work on the dapr transport, as the sidecar meets it in the cluster.</summary>
public sealed class DaprHostTests(PlatformServers servers) : DaprHostTests<Program>(servers, "social-work")
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
