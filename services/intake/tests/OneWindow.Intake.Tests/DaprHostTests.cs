using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.Intake.Tests;

/// <summary>intake on the dapr transport, as the sidecar meets it in the cluster.</summary>
public sealed class DaprHostTests(PlatformServers servers) : DaprHostTests<Program>(servers, "intake")
{
    protected override IntegrationEvent HandledEvent() => new CentreItemSettingsChanged
    {
        ItemCode = "rent-subsidy",
        Enabled = false,
        LocalNote = "本中心暂停受理",
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = "jiangpu",
    };

    // Nothing answers here: the handler under test calls no other service.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Services:policy-law:Grpc", "http://127.0.0.1:9")];
}
