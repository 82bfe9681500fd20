using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Approval;

/// <summary>
/// A file in the approval worklist (审批): it passed first review and waits for the policy-and-law
/// department. Separation of duties is a rule of this class, not of a screen: whoever accepted the file
/// at the window or reviewed it cannot decide it, and a time-limited file needs its supervisor's
/// re-check first.
/// </summary>
public sealed class ApprovalCase
{
    private ApprovalCase()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FileId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    /// <summary>The version the file was accepted under: it is decided under that version.</summary>
    public int ItemVersion { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public string ReviewerStaffId { get; private set; } = string.Empty;

    public string AcceptingClerkStaffId { get; private set; } = string.Empty;

    public int ReturnRound { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>When the 80 % warning falls due.</summary>
    public DateTimeOffset WarnAt { get; private set; }

    public bool TimeLimited { get; private set; }

    public string? SupervisorStaffId { get; private set; }

    public string? RecheckedBy { get; private set; }

    public DateTimeOffset? RecheckedAt { get; private set; }

    public ApprovalStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Reason { get; private set; }

    public bool WarningSent { get; private set; }

    public bool OverdueSent { get; private set; }

    public static ApprovalCase Open(
        Guid fileId,
        string itemCode,
        int itemVersion,
        Guid? householdId,
        string reviewerStaffId,
        string acceptingClerkStaffId,
        int returnRound,
        DateTimeOffset receivedAt,
        DateTimeOffset deadline,
        bool timeLimited,
        string? supervisorStaffId)
    {
        // Instants are kept in UTC; Shanghai time is for display only.
        receivedAt = receivedAt.ToUniversalTime();
        deadline = deadline.ToUniversalTime();
        return new()
        {
            FileId = fileId,
            ItemCode = itemCode,
            ItemVersion = itemVersion,
            HouseholdId = householdId,
            ReviewerStaffId = reviewerStaffId,
            AcceptingClerkStaffId = acceptingClerkStaffId,
            ReturnRound = returnRound,
            ReceivedAt = receivedAt,
            Deadline = deadline,
            WarnAt = receivedAt + ((deadline - receivedAt) * 0.8),
            TimeLimited = timeLimited,
            SupervisorStaffId = supervisorStaffId,
            Status = ApprovalStatus.Pending,
        };
    }

    /// <summary>The file came back after a return: reviewed again, it is decided afresh.</summary>
    public void Reopen(string reviewerStaffId, int returnRound, DateTimeOffset receivedAt)
    {
        if (Status != ApprovalStatus.Returned)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-in-approval", "This file is already waiting for approval or has been decided.", "fileId");
        }

        ReviewerStaffId = reviewerStaffId;
        ReturnRound = returnRound;
        ReceivedAt = receivedAt.ToUniversalTime();
        Status = ApprovalStatus.Pending;
        RecheckedBy = null;
        RecheckedAt = null;
        DecidedBy = null;
        DecidedAt = null;
        Reason = null;
    }

    /// <summary>The business supervisor's re-check of a time-limited file (业务主管复核).</summary>
    public void RecordRecheck(string supervisorStaffId, DateTimeOffset at)
    {
        EnsurePending();
        if (!TimeLimited)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "recheck-not-required", "Only time-limited files are re-checked by a supervisor.", "fileId");
        }

        if (SupervisorStaffId is not null && SupervisorStaffId != supervisorStaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-the-named-supervisor", "Only the supervisor named for this item re-checks its files.", "fileId");
        }

        EnsureNotInvolved(supervisorStaffId, "re-check");
        RecheckedBy = supervisorStaffId;
        RecheckedAt = at;
    }

    public void Approve(string approverStaffId, DateTimeOffset at, string? reason)
    {
        EnsurePending();
        EnsureNotInvolved(approverStaffId, "approve");
        if (TimeLimited && RecheckedBy is null)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "recheck-required", "A time-limited file is approved only after its supervisor's re-check.", "fileId");
        }

        Decide(ApprovalStatus.Approved, approverStaffId, at, reason);
    }

    public void Reject(string approverStaffId, DateTimeOffset at, string reason)
    {
        EnsurePending();
        EnsureNotInvolved(approverStaffId, "reject");
        Decide(ApprovalStatus.Rejected, approverStaffId, at, RequireReason(reason));
    }

    public void Return(string approverStaffId, DateTimeOffset at, string reason)
    {
        EnsurePending();
        EnsureNotInvolved(approverStaffId, "return");
        Decide(ApprovalStatus.Returned, approverStaffId, at, RequireReason(reason));
    }

    /// <summary>Whether the 80 % warning is due now and not yet sent.</summary>
    public bool WarningDue(DateTimeOffset now) => Status == ApprovalStatus.Pending && !WarningSent && now >= WarnAt && now < Deadline;

    public bool OverdueDue(DateTimeOffset now) => Status == ApprovalStatus.Pending && !OverdueSent && now >= Deadline;

    public void MarkWarningSent() => WarningSent = true;

    public void MarkOverdueSent()
    {
        OverdueSent = true;
        WarningSent = true;
    }

    private void Decide(ApprovalStatus status, string by, DateTimeOffset at, string? reason)
    {
        Status = status;
        DecidedBy = by;
        DecidedAt = at;
        Reason = reason;
    }

    private void EnsurePending()
    {
        if (Status != ApprovalStatus.Pending)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-decided", $"This file was already {Status.ToString().ToLowerInvariant()}.", "fileId");
        }
    }

    private void EnsureNotInvolved(string staffId, string action)
    {
        if (staffId == ReviewerStaffId || staffId == AcceptingClerkStaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties",
                $"You {(staffId == ReviewerStaffId ? "reviewed" : "accepted")} this file, so you cannot {action} it.", "fileId");
        }
    }

    private static string RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Length > 1_000
            ? throw new DomainException(DomainErrorKind.Invalid, "reason-required", "A reason (at most 1 000 characters) is required, for the resident and the file.", "reason")
            : reason.Trim();
}
