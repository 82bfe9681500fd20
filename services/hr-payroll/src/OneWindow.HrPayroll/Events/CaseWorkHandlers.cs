using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Events;

/// <summary>Social work, from social-work: cases opened and closed, home visits and referrals each count as a case handled.</summary>
public sealed class CaseWorkHandlers(WorkData work) :
    IIntegrationEventHandler<CaseOpened>,
    IIntegrationEventHandler<CaseClosed>,
    IIntegrationEventHandler<HomeVisitRecorded>,
    IIntegrationEventHandler<ReferralMade>
{
    public Task HandleAsync(CaseOpened integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);

    public Task HandleAsync(CaseClosed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);

    public Task HandleAsync(HomeVisitRecorded integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);

    public Task HandleAsync(ReferralMade integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);
}
