using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Events;

/// <summary>
/// Work on files: files reviewed (review) and completed (intake), first reviews policy-law's quality check found wrong,
/// review deadlines missed (review), one event each; and review deadlines met, from review's summary of each reviewer's
/// finished day (only that figure: the day's decisions and misses are already counted one by one).
/// </summary>
public sealed class ReviewWorkHandlers(WorkData work) :
    IIntegrationEventHandler<ApplicationReviewed>,
    IIntegrationEventHandler<ApplicationCompleted>,
    IIntegrationEventHandler<ReviewQualityChecked>,
    IIntegrationEventHandler<ReviewOverdue>,
    IIntegrationEventHandler<ReviewerWorkRecorded>
{
    public Task HandleAsync(ApplicationReviewed integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ReviewerStaffId, WorkMetric.FilesReviewed, 1, cancellationToken);

    public Task HandleAsync(ApplicationCompleted integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.CompletedByStaffId, WorkMetric.FilesCompleted, 1, cancellationToken);

    public Task HandleAsync(ReviewQualityChecked integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.Outcome == QualityCheckOutcome.Error
            ? work.CountAsync(integrationEvent, integrationEvent.ReviewerStaffId, WorkMetric.QualityErrors, 1, cancellationToken)
            : Task.CompletedTask;

    public Task HandleAsync(ReviewOverdue integrationEvent, CancellationToken cancellationToken) =>
        work.CountAsync(integrationEvent, integrationEvent.ReviewerStaffId, WorkMetric.DeadlinesMissed, 1, cancellationToken);

    public Task HandleAsync(ReviewerWorkRecorded integrationEvent, CancellationToken cancellationToken) =>
        work.CountDayAsync(integrationEvent.ReviewerStaffId, integrationEvent.Day, WorkMetric.DeadlinesMet, integrationEvent.DeadlinesMet, cancellationToken);
}
