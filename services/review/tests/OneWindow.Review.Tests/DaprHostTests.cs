using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.Review.Tests;

/// <summary>review on the dapr transport, as the sidecar meets it in the cluster.</summary>
public sealed class DaprHostTests(PlatformServers servers) : DaprHostTests<Program>(servers, "review")
{
    protected override IntegrationEvent HandledEvent() => new StaffHired
    {
        StaffId = $"jiangpu-t{Guid.NewGuid():N}"[..20],
        Department = Department.FirstReview,
        Roles = ["reviewer"],
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = "jiangpu",
    };
}
