using OneWindow.Common.Errors;

namespace OneWindow.Notification.Domain.HomeDelivery;

/// <summary>
/// A result to bring to a home (送达): created when a file whose delivery method is home delivery is decided,
/// assigned to the grid manager of the household's grid with the address and a deadline, confirmed by that grid
/// manager only (time, who received it, a signature reference) or marked with failed attempts; past its deadline
/// it is escalated, once, to the head of the grid department.
/// </summary>
public sealed class DeliveryTask
{
    private DeliveryTask()
    {
    }

    public Guid Id { get; private set; }

    public Guid FileId { get; private set; }

    public Guid ResidentId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    /// <summary>What to deliver (Chinese), e.g. "最低生活保障年审 审批结果（准予）".</summary>
    public string What { get; private set; } = string.Empty;

    public TaskStatus Status { get; private set; }

    public DateTimeOffset Due { get; private set; }

    public string? Grid { get; private set; }

    public string? GridManagerStaffId { get; private set; }

    /// <summary>The household's address, encrypted; shown in full to the grid manager who delivers.</summary>
    public string? AddressProtected { get; private set; }

    /// <summary>Why it is still pending (no grid manager for the grid, intake unreachable).</summary>
    public string? PendingReason { get; private set; }

    /// <summary>A pending task is not located again before this.</summary>
    public DateTimeOffset? LocateAfter { get; private set; }

    public int FailedAttempts { get; private set; }

    public AttemptFailure? LastFailure { get; private set; }

    public string? LastFailureNote { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Who signed for it, encrypted.</summary>
    public string? ReceivedByProtected { get; private set; }

    /// <summary>The reference of the signed receipt (送达回证 number, photo id).</summary>
    public string? SignatureReference { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    public string? EscalatedTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public bool IsOverdue(DateTimeOffset now) => Status != TaskStatus.Delivered && Due <= now;

    public static DeliveryTask Create(Guid id, Guid fileId, Guid residentId, Guid householdId, string itemCode, string what, DateTimeOffset due, DateTimeOffset now) => new()
    {
        Id = id,
        FileId = fileId,
        ResidentId = residentId,
        HouseholdId = householdId,
        ItemCode = itemCode,
        What = what,
        Status = TaskStatus.Pending,
        Due = due,
        CreatedAt = now,
    };

    /// <summary>Intake told where the household lives; the grid's manager takes it, or it waits for one.</summary>
    public void Locate(string grid, string addressProtected, string? gridManagerStaffId, DateTimeOffset now)
    {
        if (Status != TaskStatus.Pending)
        {
            throw new InvalidOperationException($"A {Status} task is not located again.");
        }

        Grid = grid;
        AddressProtected = addressProtected;
        if (gridManagerStaffId is null)
        {
            PendingReason = $"网格 {grid} 暂无网格员";
            return;
        }

        GridManagerStaffId = gridManagerStaffId;
        Status = TaskStatus.Assigned;
        AssignedAt = now;
        PendingReason = null;
        LocateAfter = null;
    }

    /// <summary>Not located this time (no grid manager for the grid, intake unreachable): tried again after <paramref name="retryAt"/>.</summary>
    public void StillPending(string reason, DateTimeOffset retryAt)
    {
        PendingReason = reason;
        LocateAfter = retryAt;
    }

    /// <summary>The grid manager handed it over. Only the grid manager the task is assigned to may say so.</summary>
    public void Confirm(string staffId, DateTimeOffset deliveredAt, string receivedByProtected, string signatureReference, DateTimeOffset now)
    {
        RequireOwner(staffId);
        if (Status == TaskStatus.Delivered)
        {
            throw new DomainException(DomainErrorKind.Conflict, "task-delivered", "This result was already delivered.", "taskId");
        }

        RequireWhen(deliveredAt, now, "deliveredAt");
        if (string.IsNullOrWhiteSpace(signatureReference))
        {
            throw new DomainException(DomainErrorKind.Invalid, "signature-required", "signatureReference (the signed receipt's number or photo) is required.", "signatureReference");
        }

        Status = TaskStatus.Delivered;
        DeliveredAt = deliveredAt;
        ReceivedByProtected = receivedByProtected;
        SignatureReference = signatureReference.Trim();
    }

    /// <summary>Nobody took it at the door: the task stays with the grid manager, counted, with the reason.</summary>
    public void RecordFailedAttempt(string staffId, DateTimeOffset attemptedAt, AttemptFailure failure, string? note, DateTimeOffset now)
    {
        RequireOwner(staffId);
        if (Status == TaskStatus.Delivered)
        {
            throw new DomainException(DomainErrorKind.Conflict, "task-delivered", "This result was already delivered.", "taskId");
        }

        RequireWhen(attemptedAt, now, "attemptedAt");
        if (failure == AttemptFailure.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(DomainErrorKind.Invalid, "note-required", "Say what happened when the reason is other.", "note");
        }

        FailedAttempts++;
        LastFailure = failure;
        LastFailureNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        LastAttemptAt = attemptedAt;
    }

    /// <summary>Past its deadline and not delivered: goes to the head, once. Returns whether it was escalated now.</summary>
    public bool Escalate(string head, DateTimeOffset now)
    {
        if (!IsOverdue(now) || EscalatedAt is not null)
        {
            return false;
        }

        EscalatedAt = now;
        EscalatedTo = head;
        return true;
    }

    private void RequireOwner(string staffId)
    {
        if (Status == TaskStatus.Pending || GridManagerStaffId != staffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-task", "Only the grid manager the task is assigned to confirms it or records an attempt.", "taskId");
        }
    }

    private void RequireWhen(DateTimeOffset when, DateTimeOffset now, string field)
    {
        // A few minutes' grace for a handset clock running fast; never before the task reached the grid manager.
        if (when > now.AddMinutes(5) || when < (AssignedAt ?? CreatedAt))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-time", $"{field} is between the task's assignment and now.", field);
        }
    }
}
