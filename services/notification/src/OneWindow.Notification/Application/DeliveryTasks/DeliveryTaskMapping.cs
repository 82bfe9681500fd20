using OneWindow.Common.Privacy;
using OneWindow.Notification.Domain.HomeDelivery;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.DeliveryTasks;

internal static class DeliveryTaskMapping
{
    /// <summary>The task as <paramref name="caller"/> may see it: the address and who took it in full only for the grid manager who delivers.</summary>
    public static Contract.DeliveryTask ToContract(DeliveryTask task, Caller caller, DateTimeOffset now, PersonalDataProtector protector)
    {
        var deliverer = task.GridManagerStaffId == caller.Subject;
        var address = task.AddressProtected is { } a ? protector.Unprotect(a, PersonalDataPurposes.DeliveryAddress) : string.Empty;
        var receivedBy = task.ReceivedByProtected is { } r ? protector.Unprotect(r, PersonalDataPurposes.DeliveryRecipient) : string.Empty;
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
