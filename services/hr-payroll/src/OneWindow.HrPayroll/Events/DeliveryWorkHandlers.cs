using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Events;

/// <summary>Grid managers' deliveries of notices, from notification: confirmed and failed.</summary>
public sealed class DeliveryWorkHandlers(WorkData work) :
    IIntegrationEventHandler<DeliveryConfirmed>,
    IIntegrationEventHandler<DeliveryFailed>
{
    public Task HandleAsync(DeliveryConfirmed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.GridManagerStaffId, WorkMetric.DeliveriesConfirmed, 1, cancellationToken);

    public Task HandleAsync(DeliveryFailed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.GridManagerStaffId, WorkMetric.DeliveriesFailed, 1, cancellationToken);
}
