using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Events;

/// <summary>
/// Counts one unit of work data for a worker's month with an atomic upsert, inside the inbox transaction
/// the handler runs in (so a redelivered event counts once). The month is the event's, in Shanghai time.
/// </summary>
public sealed class WorkData(HrPayrollDbContext db, ITenantContext tenant)
{
    public async Task CountAsync(IntegrationEvent fact, string? staffId, WorkMetric metric, decimal value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(staffId) || tenant.Current.CentreCode is not { } centre)
        {
            return;
        }

        var month = Wire.MonthOf(fact.OccurredAt);
        var metricName = metric.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO work_counts (id, tenant_id, staff_id, month, metric, count, total)
            VALUES ({Guid.CreateVersion7()}, {centre}, {staffId}, {month}, {metricName}, 1, {value})
            ON CONFLICT (tenant_id, staff_id, month, metric)
            DO UPDATE SET count = work_counts.count + 1, total = work_counts.total + excluded.total
            """, cancellationToken);
    }
}

public sealed class TicketServedHandler(WorkData work) : IIntegrationEventHandler<TicketServed>
{
    public Task HandleAsync(TicketServed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ClerkStaffId, WorkMetric.TicketsServed, integrationEvent.ServedSeconds, cancellationToken);
}

public sealed class RatingRecordedHandler(WorkData work) : IIntegrationEventHandler<RatingRecorded>
{
    public Task HandleAsync(RatingRecorded integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.Score is < 1 or > 5
            ? throw new PoisonEventException($"A rating is 1 to 5, not {integrationEvent.Score}.")
            : work.CountAsync(integrationEvent, integrationEvent.ClerkStaffId, WorkMetric.Satisfaction, integrationEvent.Score, cancellationToken);
}

public sealed class ComplaintRecordedHandler(WorkData work) : IIntegrationEventHandler<ComplaintRecorded>
{
    public Task HandleAsync(ComplaintRecorded integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ClerkStaffId, WorkMetric.Complaints, 1, cancellationToken);
}

public sealed class ApplicationReviewedHandler(WorkData work) : IIntegrationEventHandler<ApplicationReviewed>
{
    public Task HandleAsync(ApplicationReviewed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ReviewerStaffId, WorkMetric.FilesReviewed, 1, cancellationToken);
}

public sealed class ApplicationCompletedHandler(WorkData work) : IIntegrationEventHandler<ApplicationCompleted>
{
    public Task HandleAsync(ApplicationCompleted integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.CompletedByStaffId, WorkMetric.FilesCompleted, 1, cancellationToken);
}

public sealed class ReviewQualityCheckedHandler(WorkData work) : IIntegrationEventHandler<ReviewQualityChecked>
{
    public Task HandleAsync(ReviewQualityChecked integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.Outcome == QualityCheckOutcome.Error
            ? work.CountAsync(integrationEvent, integrationEvent.ReviewerStaffId, WorkMetric.QualityErrors, 1, cancellationToken)
            : Task.CompletedTask;
}

public sealed class ReviewOverdueHandler(WorkData work) : IIntegrationEventHandler<ReviewOverdue>
{
    public Task HandleAsync(ReviewOverdue integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ReviewerStaffId, WorkMetric.DeadlinesMissed, 1, cancellationToken);
}

public sealed class CaseOpenedHandler(WorkData work) : IIntegrationEventHandler<CaseOpened>
{
    public Task HandleAsync(CaseOpened integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);
}

public sealed class CaseClosedHandler(WorkData work) : IIntegrationEventHandler<CaseClosed>
{
    public Task HandleAsync(CaseClosed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);
}

public sealed class HomeVisitRecordedHandler(WorkData work) : IIntegrationEventHandler<HomeVisitRecorded>
{
    public Task HandleAsync(HomeVisitRecorded integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);
}

public sealed class ReferralMadeHandler(WorkData work) : IIntegrationEventHandler<ReferralMade>
{
    public Task HandleAsync(ReferralMade integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.WorkerStaffId, WorkMetric.CasesHandled, 1, cancellationToken);
}

public sealed class DeliveryConfirmedHandler(WorkData work) : IIntegrationEventHandler<DeliveryConfirmed>
{
    public Task HandleAsync(DeliveryConfirmed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.GridManagerStaffId, WorkMetric.DeliveriesConfirmed, 1, cancellationToken);
}

public sealed class DeliveryFailedHandler(WorkData work) : IIntegrationEventHandler<DeliveryFailed>
{
    public Task HandleAsync(DeliveryFailed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.GridManagerStaffId, WorkMetric.DeliveriesFailed, 1, cancellationToken);
}
