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

    // Nothing answers here: the handler under test calls no other service.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Services:policy-law:Grpc", "http://127.0.0.1:9")];
}
