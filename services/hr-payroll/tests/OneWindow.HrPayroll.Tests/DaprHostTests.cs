using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.HrPayroll.Tests;

/// <summary>hr-payroll on the dapr transport, as the sidecar meets it in the cluster.</summary>
public sealed class DaprHostTests(PlatformServers servers) : DaprHostTests<Program>(servers, "hr-payroll")
{
    protected override IntegrationEvent HandledEvent() => new RatingRecorded
    {
        TicketId = Guid.NewGuid(),
        ClerkStaffId = "jiangpu-s004",
        Score = 5,
        OccurredAt = TimeProvider.System.GetUtcNow(),
        Tenant = "jiangpu",
    };
}
