using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Events;
using OneWindow.Notification.Domain.HomeDelivery;
using OneWindow.Notification.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.DeliveryTasks;

/// <summary>
/// The grid manager a task is assigned to records an attempt nobody took (nobody home, a wrong address, refused);
/// delivery-failed tells intake, with the reason in Chinese. Anyone else: 403 and an audited refusal.
/// </summary>
public sealed class RecordFailedAttempt(
    NotificationDbContext db, DeliveryTaskAccess access, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.DeliveryTask> HandleAsync(Contract.RecordFailedAttemptRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var task = await access.FindAsync(request.TaskId, cancellationToken);
        var now = clock.GetUtcNow();
        var at = Wire.ParseInstant(request.AttemptedAt, "attemptedAt", now);
        var failure = request.Reason switch
        {
            Contract.AttemptFailure.NobodyHome => AttemptFailure.NobodyHome,
            Contract.AttemptFailure.WrongAddress => AttemptFailure.WrongAddress,
            Contract.AttemptFailure.Refused => AttemptFailure.Refused,
            Contract.AttemptFailure.Other => AttemptFailure.Other,
            _ => throw new DomainException(DomainErrorKind.Invalid, "reason-required", "reason says why nobody took it.", "reason"),
        };
        await access.GuardAsync(task, caller, "record-failed-attempt", cancellationToken, () => task.RecordFailedAttempt(caller.Subject, at, failure, request.Note, now));
        audit.Record(new AuditEntry("record-failed-attempt", "delivery-task", task.Id.ToString(), $"file {task.FileId}: {failure}"));
        outbox.Add(new DeliveryFailed
        {
            OccurredAt = now,
            Tenant = centre,
            TaskId = task.Id,
            FileId = task.FileId,
            GridManagerStaffId = caller.Subject,
            AttemptedAt = at,
            Reason = Reason(failure, task.LastFailureNote),
        });
        await db.SaveChangesAsync(cancellationToken);
        return DeliveryTaskMapping.ToContract(task, caller, now, protector);
    }

    /// <summary>The reason as intake shows it on the file.</summary>
    private static string Reason(AttemptFailure failure, string? note) => failure switch
    {
        AttemptFailure.NobodyHome => "无人在家",
        AttemptFailure.WrongAddress => "地址有误",
        AttemptFailure.Refused => "拒收",
        _ => note ?? "其他",
    };
}
