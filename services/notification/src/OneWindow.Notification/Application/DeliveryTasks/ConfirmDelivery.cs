using OneWindow.Audit;
using OneWindow.Common.Privacy;
using OneWindow.Events;
using OneWindow.Notification.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.DeliveryTasks;

/// <summary>
/// The grid manager a task is assigned to confirms the result was handed over (签收), with who took it and the
/// receipt's reference; delivery-confirmed tells intake. Anyone else: 403 and an audited refusal.
/// </summary>
public sealed class ConfirmDelivery(
    NotificationDbContext db, DeliveryTaskAccess access, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.DeliveryTask> HandleAsync(Contract.ConfirmDeliveryRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var task = await access.FindAsync(request.TaskId, cancellationToken);
        var now = clock.GetUtcNow();
        var at = Wire.ParseInstant(request.DeliveredAt, "deliveredAt", now);
        await access.GuardAsync(task, caller, "confirm-delivery", cancellationToken,
            () => task.Confirm(caller.Subject, at, protector.Protect(request.ReceivedBy.Trim(), PersonalDataPurposes.DeliveryRecipient), request.SignatureReference, now));
        audit.Record(new AuditEntry("confirm-delivery", "delivery-task", task.Id.ToString(), $"file {task.FileId}, receipt {task.SignatureReference}"));
        outbox.Add(new DeliveryConfirmed { OccurredAt = now, Tenant = centre, TaskId = task.Id, FileId = task.FileId, GridManagerStaffId = caller.Subject, DeliveredAt = at });
        await db.SaveChangesAsync(cancellationToken);
        return DeliveryTaskMapping.ToContract(task, caller, now, protector);
    }
}
