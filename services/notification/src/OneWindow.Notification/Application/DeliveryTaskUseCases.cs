using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Events;
using OneWindow.Notification.Domain.HomeDelivery;
using OneWindow.Notification.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application;

/// <summary>
/// Home delivery tasks (送达) as grid managers work them: their own list, confirmation or a failed attempt on a task
/// assigned to them (anyone else: 403 and an audited refusal), each publishing the event that tells intake.
/// Heads and directors see the centre's tasks; addresses are shown in full only to the grid manager who delivers.
/// </summary>
public sealed class DeliveryTaskUseCases(NotificationDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, NotificationClock clock)
{
    public const string AddressPurpose = "notification.delivery_address";
    public const string RecipientPurpose = "notification.delivery_recipient";

    public async Task<Contract.ListDeliveryTasksReply> ListAsync(Contract.ListDeliveryTasksRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = db.DeliveryTasks.AsNoTracking();
        if (!Oversees(caller))
        {
            query = query.Where(t => t.GridManagerStaffId == caller.Subject);
        }

        if (request.OpenOnly || request.OverdueOnly)
        {
            query = query.Where(t => t.Status != Domain.HomeDelivery.TaskStatus.Delivered);
        }

        if (request.OverdueOnly)
        {
            query = query.Where(t => t.Due <= now);
        }

        var reply = new Contract.ListDeliveryTasksReply();
        reply.Tasks.AddRange((await query.OrderBy(t => t.Due).Take(500).ToListAsync(cancellationToken)).Select(t => ToContract(t, caller, now)));
        return reply;
    }

    public async Task<Contract.DeliveryTask> GetAsync(string taskId, Caller caller, CancellationToken cancellationToken)
    {
        var task = await FindAsync(taskId, cancellationToken);
        return !Oversees(caller) && task.GridManagerStaffId != caller.Subject
            ? throw new DomainException(DomainErrorKind.NotFound, "unknown-task", "There is no such delivery task of yours.", "taskId")
            : ToContract(task, caller, clock.GetUtcNow());
    }

    public async Task<Contract.DeliveryTask> ConfirmAsync(Contract.ConfirmDeliveryRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var task = await FindAsync(request.TaskId, cancellationToken);
        var now = clock.GetUtcNow();
        var at = Wire.ParseInstant(request.DeliveredAt, "deliveredAt", now);
        await GuardAsync(task, caller, "confirm-delivery", cancellationToken,
            () => task.Confirm(caller.Subject, at, protector.Protect(request.ReceivedBy.Trim(), RecipientPurpose), request.SignatureReference, now));
        audit.Record(new AuditEntry("confirm-delivery", "delivery-task", task.Id.ToString(), $"file {task.FileId}, receipt {task.SignatureReference}"));
        outbox.Add(new DeliveryConfirmed { OccurredAt = now, Tenant = centre, TaskId = task.Id, FileId = task.FileId, GridManagerStaffId = caller.Subject, DeliveredAt = at });
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(task, caller, now);
    }

    public async Task<Contract.DeliveryTask> RecordFailedAttemptAsync(Contract.RecordFailedAttemptRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var task = await FindAsync(request.TaskId, cancellationToken);
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
        await GuardAsync(task, caller, "record-failed-attempt", cancellationToken, () => task.RecordFailedAttempt(caller.Subject, at, failure, request.Note, now));
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
        return ToContract(task, caller, now);
    }

    public static string Reason(AttemptFailure failure, string? note) => failure switch
    {
        AttemptFailure.NobodyHome => "无人在家",
        AttemptFailure.WrongAddress => "地址有误",
        AttemptFailure.Refused => "拒收",
        _ => note ?? "其他",
    };

    private static bool Oversees(Caller caller) => caller.Is(PlatformRoles.Head) || caller.Is(PlatformRoles.Director) || caller.Is(PlatformRoles.DistrictAdmin);

    /// <summary>A refusal of the owner rule is written to the audit trail before it reaches the caller.</summary>
    private async Task GuardAsync(DeliveryTask task, Caller caller, string action, CancellationToken cancellationToken, Action change)
    {
        try
        {
            change();
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "delivery-task", task.Id.ToString(), $"{caller.Subject}: {refusal.Message}"), cancellationToken);
            throw;
        }
    }

    private async Task<DeliveryTask> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(taskId, "taskId");
        return await db.DeliveryTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-task", "There is no such delivery task in this centre.", "taskId");
    }

    private Contract.DeliveryTask ToContract(DeliveryTask task, Caller caller, DateTimeOffset now)
    {
        var deliverer = task.GridManagerStaffId == caller.Subject;
        var address = task.AddressProtected is { } a ? protector.Unprotect(a, AddressPurpose) : string.Empty;
        var receivedBy = task.ReceivedByProtected is { } r ? protector.Unprotect(r, RecipientPurpose) : string.Empty;
        return new Contract.DeliveryTask
        {
            TaskId = task.Id.ToString(),
            FileId = task.FileId.ToString(),
            HouseholdId = task.HouseholdId.ToString(),
            ItemCode = task.ItemCode,
            What = task.What,
            Status = (Contract.TaskStatus)((int)task.Status + 1),
            Due = Wire.Instant(task.Due),
            Overdue = task.IsOverdue(now),
            Grid = task.Grid ?? string.Empty,
            GridManagerStaffId = task.GridManagerStaffId ?? string.Empty,
            Address = deliverer ? address : Masking.Address(address),
            PendingReason = task.PendingReason ?? string.Empty,
            FailedAttempts = task.FailedAttempts,
            LastFailure = task.LastFailure is { } f ? (Contract.AttemptFailure)((int)f + 1) : Contract.AttemptFailure.Unspecified,
            LastFailureNote = task.LastFailureNote ?? string.Empty,
            LastAttemptAt = Wire.Instant(task.LastAttemptAt),
            DeliveredAt = Wire.Instant(task.DeliveredAt),
            ReceivedBy = deliverer ? receivedBy : Masking.Name(receivedBy),
            SignatureReference = task.SignatureReference ?? string.Empty,
            EscalatedAt = Wire.Instant(task.EscalatedAt),
            EscalatedTo = task.EscalatedTo ?? string.Empty,
            CreatedAt = Wire.Instant(task.CreatedAt),
        };
    }
}
