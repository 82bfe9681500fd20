using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Events;

/// <summary>
/// 最多跑一次: what notification reports of bringing a file's result home — the grid manager's task, a confirmed
/// delivery, a failed attempt — so the file shows whether its result reached the resident.
/// </summary>
public sealed class DeliveryHandlers(IntakeDbContext db) :
    IIntegrationEventHandler<DeliveryTaskCreated>,
    IIntegrationEventHandler<DeliveryConfirmed>,
    IIntegrationEventHandler<DeliveryFailed>
{
    public async Task HandleAsync(DeliveryTaskCreated created, CancellationToken cancellationToken) =>
        (await FindAsync(created.FileId, cancellationToken))?.AssignDelivery(created.TaskId, created.GridManagerStaffId, created.Due);

    public async Task HandleAsync(DeliveryConfirmed confirmed, CancellationToken cancellationToken) =>
        (await FindAsync(confirmed.FileId, cancellationToken))?.ConfirmDelivery(confirmed.TaskId, confirmed.GridManagerStaffId, confirmed.DeliveredAt);

    public async Task HandleAsync(DeliveryFailed failed, CancellationToken cancellationToken) =>
        (await FindAsync(failed.FileId, cancellationToken))?.RecordFailedDelivery(failed.TaskId, failed.GridManagerStaffId, failed.AttemptedAt, failed.Reason);

    // Not intake's file (or another centre's): nothing to show here.
    private Task<ApplicationFile?> FindAsync(Guid fileId, CancellationToken cancellationToken) =>
        db.Files.SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
}
