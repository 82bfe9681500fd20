using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Notification.Domain.HomeDelivery;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.DeliveryTasks;

/// <summary>
/// Finds the centre's delivery tasks (another centre's are simply not there: 404) and lets only the grid manager a
/// task is assigned to work it; a refusal is written to the audit trail.
/// </summary>
public sealed class DeliveryTaskAccess(NotificationDbContext db, IAuditTrail audit)
{
    public async Task<DeliveryTask> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(taskId, "taskId");
        return await db.DeliveryTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-task", "There is no such delivery task in this centre.", "taskId");
    }

    /// <summary>Applies the change; a refusal of the owner rule is written to the audit trail before it reaches the caller.</summary>
    public async Task GuardAsync(DeliveryTask task, Caller caller, string action, CancellationToken cancellationToken, Action change)
    {
        try
        {
            change();
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "delivery-task", task.Id.ToString(), refusal.Code), cancellationToken);
            throw;
        }
    }
}
