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

    /// <summary>The monthly amount approved above the item's limit, kept until the director confirms it.</summary>
    public decimal? ApprovedAmount { get; private set; }

    /// <summary>What the item's rule gave when the amount above the limit was approved; null without facts on record.</summary>
    public decimal? RuleAmount { get; private set; }

    /// <summary>Why the approver paid another amount than the rule's, for the director and the batch's approver.</summary>
    public string? AmountReason { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The director who last sent the amount back, and why: the officer reads it when deciding again.</summary>
    public string? SentBackBy { get; private set; }

    public string? SentBackReason { get; private set; }

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
        SentBackBy = null;
        SentBackReason = null;
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
        EnsureApprovable(approverStaffId);
        Decide(ApprovalStatus.Approved, approverStaffId, at, reason);
    }

    /// <summary>
    /// Approves at a monthly amount above the item's limit: money decided by two people, so the file waits for the
    /// centre's director (待主任确认) with the amount, the rule's amount and the reason the approver gave.
    /// </summary>
    public void ApproveAboveLimit(string approverStaffId, DateTimeOffset at, string? reason, decimal amount, decimal? ruleAmount, string? amountReason)
    {
        EnsureApprovable(approverStaffId);
        Decide(ApprovalStatus.AwaitingDirector, approverStaffId, at, reason);
        ApprovedAmount = amount;
        RuleAmount = ruleAmount;
        AmountReason = amountReason;
    }

    /// <summary>The director confirms the amount; never the one who approved it (separation of duties).</summary>
    public void ConfirmByDirector(string directorStaffId, DateTimeOffset at)
    {
        EnsureAwaitingDirector();
        if (directorStaffId == DecidedBy)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "You approved this amount, so you cannot confirm it.", "fileId");
        }

        EnsureNotInvolved(directorStaffId, "confirm");
        Status = ApprovalStatus.Approved;
        ConfirmedBy = directorStaffId;
        ConfirmedAt = at;
    }

    /// <summary>The director does not confirm the amount: the file is pending again, with the director's reason.</summary>
    public void SendBackByDirector(string directorStaffId, string reason)
    {
        EnsureAwaitingDirector();
        SentBackReason = RequireReason(reason);
        SentBackBy = directorStaffId;
        Status = ApprovalStatus.Pending;
        DecidedBy = null;
        DecidedAt = null;
        Reason = null;
        ApprovedAmount = null;
        RuleAmount = null;
        AmountReason = null;
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

    /// <summary>Not yet decided for good: pending, or waiting for the director; its time limit still runs.</summary>
    public bool AwaitingDecision => Status is ApprovalStatus.Pending or ApprovalStatus.AwaitingDirector;

    /// <summary>Whether the 80 % warning is due now and not yet sent.</summary>
    public bool WarningDue(DateTimeOffset now) => AwaitingDecision && !WarningSent && now >= WarnAt && now < Deadline;

    public bool OverdueDue(DateTimeOffset now) => AwaitingDecision && !OverdueSent && now >= Deadline;

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

    /// <summary>Refuses an approver the file cannot have (a decision taken, a re-check missing, separation of duties) before the amount is weighed.</summary>
    public void EnsureApprovable(string approverStaffId)
    {
        EnsurePending();
        EnsureNotInvolved(approverStaffId, "approve");
        if (TimeLimited && RecheckedBy is null)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "recheck-required", "A time-limited file is approved only after its supervisor's re-check.", "fileId");
        }
    }

    private void EnsureAwaitingDirector()
    {
        if (Status != ApprovalStatus.AwaitingDirector)
        {
            throw new DomainException(DomainErrorKind.Conflict, "not-awaiting-director", "This file is not waiting for the director's confirmation.", "fileId");
        }
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
