using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Events;

/// <summary>Work on files: files reviewed (review) and completed (intake), first reviews policy-law's quality check found wrong, review deadlines missed (review).</summary>
public sealed class ReviewWorkHandlers(WorkData work) :
    IIntegrationEventHandler<ApplicationReviewed>,
    IIntegrationEventHandler<ApplicationCompleted>,
    IIntegrationEventHandler<ReviewQualityChecked>,
    IIntegrationEventHandler<ReviewOverdue>
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
}
