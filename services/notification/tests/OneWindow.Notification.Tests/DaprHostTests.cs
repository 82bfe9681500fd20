using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.Notification.Tests;

/// <summary>notification on the dapr transport, as the sidecar meets it in the cluster.</summary>
public sealed class DaprHostTests(PlatformServers servers) : DaprHostTests<Program>(servers, "notification")
{
    protected override IntegrationEvent HandledEvent() => new StaffHired
    {
        StaffId = $"jiangpu-t{Guid.NewGuid():N}"[..20],
        Department = Department.FirstReview,
        Roles = ["reviewer"],
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = "jiangpu",
    };

    // Nothing answers here: the handler under test calls no other service.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Services:intake:Grpc", "http://127.0.0.1:9")];
}
