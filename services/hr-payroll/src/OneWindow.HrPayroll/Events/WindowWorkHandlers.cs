using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Events;

/// <summary>
/// Work at the windows, from intake: tickets served (with the serving time), ratings and complaints of the clerk who
/// served. A ticket a clerk issued (not the kiosk) is not counted as served: a clerk could otherwise serve
/// themselves into pay (docs/adr/0031).
/// </summary>
public sealed class WindowWorkHandlers(WorkData work) :
    IIntegrationEventHandler<TicketServed>,
    IIntegrationEventHandler<RatingRecorded>,
    IIntegrationEventHandler<ComplaintRecorded>
{
    public Task HandleAsync(TicketServed integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.IssuedByStaff
            ? Task.CompletedTask
            : work.CountAsync(integrationEvent, integrationEvent.ClerkStaffId, WorkMetric.TicketsServed, integrationEvent.ServedSeconds, cancellationToken);

    public Task HandleAsync(RatingRecorded integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.Score is < 1 or > 5
            ? throw new PoisonEventException($"A rating is 1 to 5, not {integrationEvent.Score}.")
            : work.CountAsync(integrationEvent, integrationEvent.ClerkStaffId, WorkMetric.Satisfaction, integrationEvent.Score, cancellationToken);

    public Task HandleAsync(ComplaintRecorded integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ClerkStaffId, WorkMetric.Complaints, 1, cancellationToken);
}
