using OneWindow.Common.Calendar;
using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Review.Domain.Deadlines;

namespace OneWindow.Review.Domain.Files;

/// <summary>
/// A file in first review (初审): who holds it and why, its statutory clock, the returns for supplement
/// (at most two — 最多2次), the supervisor's re-check of time-limited items, and the decision. Who may
/// decide is a rule of this class: the reviewer who holds it, or for an escalated file the head.
/// </summary>
public sealed class ReviewFile
{
    /// <summary>最多2次: an ordinary routed file is finished within two rounds.</summary>
    public const int MaxReturns = 2;

    public const int MaxNoteLength = 200;

    public const int MaxReasonLength = 1_000;

    private readonly List<ReturnRound> _rounds = [];

    private ReviewFile()
    {
    }

    public Guid FileId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public int ItemVersion { get; private set; }

    public ItemKind Kind { get; private set; }

    public Guid ResidentId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public string AcceptingClerkStaffId { get; private set; } = string.Empty;

    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>Open work in effort points (<see cref="Assignment.ItemEffort"/>).</summary>
    public int Effort { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>
    /// The first year the deadline was counted over without the district's calendar for it (Monday to Friday, 暂定);
    /// null when every year it spans was loaded.
    /// </summary>
    public int? DeadlineProvisionalFrom { get; private set; }

    public TimeSpan WarningLead { get; private set; }

    /// <summary>When the 80 % warning falls due: the warning lead before the deadline.</summary>
    public DateTimeOffset WarnAt { get; private set; }

    /// <summary>Set while the clock stands still (waiting for a supplement).</summary>
    public DateTimeOffset? PausedAt { get; private set; }

    public FileStatus Status { get; private set; }

    /// <summary>Null: on the head's unassigned list.</summary>
    public string? ReviewerStaffId { get; private set; }

    public AssignmentReason? AssignmentReason { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public IReadOnlyList<ReturnRound> Rounds => _rounds;

    public string? RecheckedBy { get; private set; }

    public DateTimeOffset? RecheckedAt { get; private set; }

    public ReviewOutcome? Outcome { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Reason { get; private set; }

    public string? EscalatedBy { get; private set; }

    public string? EscalationReason { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>Times policy-law sent the file back to review.</summary>
    public int ApprovalReturns { get; private set; }

    public bool WarningSent { get; private set; }

    public bool OverdueSent { get; private set; }

    public int Returns => Rounds.Count;

    public bool IsOpen => Status is FileStatus.InReview or FileStatus.AwaitingSupplement or FileStatus.Escalated;


    public static ReviewFile Accept(
        Guid fileId, string itemCode, int itemVersion, ItemKind kind, Guid residentId, Guid householdId, string acceptingClerkStaffId,
        DateTimeOffset acceptedAt, DateTimeOffset deadline, int effort) => new()
        {
            FileId = fileId,
            ItemCode = itemCode,
            ItemVersion = itemVersion,
            Kind = kind,
            ResidentId = residentId,
            HouseholdId = householdId,
            AcceptingClerkStaffId = acceptingClerkStaffId,
            AcceptedAt = acceptedAt.ToUniversalTime(),
            Deadline = deadline.ToUniversalTime(),
            WarningLead = DeadlineClock.WarningLead(acceptedAt, deadline),
            WarnAt = (deadline - DeadlineClock.WarningLead(acceptedAt, deadline)).ToUniversalTime(),
            Effort = effort,
            Status = FileStatus.InReview,
        };

    /// <summary>
    /// A head moves a file by hand only while it is with a reviewer: in review or waiting for the resident's
    /// supplement. An escalated file is the head's own to decide; a closed one goes nowhere.
    /// </summary>
    public void RequireReassignable()
    {
        if (Status is not (FileStatus.InReview or FileStatus.AwaitingSupplement))
        {
            throw new DomainException(DomainErrorKind.Conflict, Status == FileStatus.Escalated ? "escalated-to-head" : "file-closed",
                "Only files in review or waiting for a supplement are reassigned.", "fileId");
        }
    }

    /// <summary>What a reviewer records on a file (a joint reply) needs the file open and in their hands.</summary>
    public void RequireHolder(string staffId)
    {
        if (!IsOpen)
        {
            throw new DomainException(DomainErrorKind.Conflict, "file-closed", "This file is no longer in review.", "fileId");
        }

        if (ReviewerStaffId != staffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-file", "This file is assigned to another reviewer.", "fileId");
        }
    }

    /// <summary>Gives the file to a reviewer (or to nobody: the head's list); returns who held it before.</summary>
    public string? AssignTo(string? staffId, AssignmentReason? reason, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw Closed();
        }

        var previous = ReviewerStaffId;
        ReviewerStaffId = staffId;
        AssignmentReason = staffId is null ? null : reason;
        AssignedAt = at;
        return previous;
    }

    public void Pass(string staffId, bool callerIsHead, DateTimeOffset at, ItemTerms terms, bool jointRepliesPending, string? note)
    {
        EnsureDecider(staffId, callerIsHead);
        if (terms.TimeLimited && RecheckedBy is null)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "recheck-required",
                "A time-limited item (限时业务) passes only after the business supervisor's re-check.", "fileId");
        }

        if (jointRepliesPending)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "joint-replies-pending",
                "Not every outside department has replied yet: record their replies before passing the file.", "fileId");
        }

        // An item that needs no approval is finished by the pass itself (办结).
        Decide(terms.NeedsApproval ? FileStatus.Passed : FileStatus.Completed, ReviewOutcome.Passed, staffId, at, string.IsNullOrWhiteSpace(note) ? null : Text(note, "note", MaxReasonLength));
    }

    public void Return(string staffId, bool callerIsHead, DateTimeOffset at, IReadOnlyList<ReturnIssue> issues, IReadOnlyCollection<string> materialCodes)
    {
        EnsureDecider(staffId, callerIsHead);
        if (Returns >= MaxReturns || Status == FileStatus.Escalated)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "return-limit-reached",
                $"This file was returned {Returns} times already (最多2次): pass or reject it, or escalate it to the department head, who decides.", "fileId");
        }

        _rounds.Add(new ReturnRound(Returns + 1, at, staffId, Checked(issues, materialCodes)));
        Status = FileStatus.AwaitingSupplement;
        PausedAt = at;
        // What the supervisor saw is no longer the file: the re-check is done again on the new materials.
        RecheckedBy = null;
        RecheckedAt = null;
    }

    public void Reject(string staffId, bool callerIsHead, DateTimeOffset at, string reason)
    {
        EnsureDecider(staffId, callerIsHead);
        Decide(FileStatus.Rejected, ReviewOutcome.Rejected, staffId, at, Text(reason, "reason", MaxReasonLength));
    }

    /// <summary>The reviewer hands the decision to the department head (部长); who holds it next is the assignment's business.</summary>
    public void Escalate(string staffId, DateTimeOffset at, string reason)
    {
        EnsureDecider(staffId, callerIsHead: false);
        EscalationReason = Text(reason, "reason", MaxReasonLength);
        EscalatedBy = staffId;
        EscalatedAt = at;
        Status = FileStatus.Escalated;
    }

    /// <summary>The named business supervisor's re-check of a time-limited file (业务主管复核).</summary>
    public void RecordRecheck(string supervisorStaffId, DateTimeOffset at, ItemTerms terms)
    {
        if (Status is not (FileStatus.InReview or FileStatus.Escalated))
        {
            throw NotInReview();
        }

        if (!terms.TimeLimited)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "recheck-not-required", "Only time-limited items are re-checked by a supervisor.", "fileId");
        }

        if (terms.SupervisorStaffId is { } named && named != supervisorStaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-the-named-supervisor", "Only the supervisor named for this item re-checks its files.", "fileId");
        }

        if (supervisorStaffId == ReviewerStaffId || supervisorStaffId == AcceptingClerkStaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "Whoever accepted or reviews a file cannot also re-check it.", "fileId");
        }

        if (RecheckedBy is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-rechecked", $"This file was re-checked by {RecheckedBy} already.", "fileId");
        }

        RecheckedBy = supervisorStaffId;
        RecheckedAt = at;
    }

    /// <summary>Notes whether the deadline reaches into a year <paramref name="calendar"/> does not hold (provisional).</summary>
    public void CheckDeadlineAgainst(WorkingDayCalendar calendar) =>
        DeadlineProvisionalFrom = calendar.FirstUnloadedYear(DeadlineClock.Day(AcceptedAt), DeadlineClock.Day(Deadline));

    /// <summary>
    /// A provisional deadline counted again on <paramref name="calendar"/> once it holds the year that was missing
    /// (the warning keeps its distance). False, changing nothing, when the deadline is final or the year still missing.
    /// </summary>
    public bool RecountDeadline(WorkingDayCalendar calendar)
    {
        if (DeadlineProvisionalFrom is not { } year || !calendar.Covers(year))
        {
            return false;
        }

        Deadline = calendar.Recount(Deadline, year).ToUniversalTime();
        WarnAt = Deadline - WarningLead;
        CheckDeadlineAgainst(calendar);
        return true;
    }

    /// <summary>
    /// The resident brought what the return asked for: the clock runs again with the paused working days
    /// added. False, changing nothing, when this is not the supplement the file waits for (a repeat).
    /// </summary>
    public bool ReceiveSupplement(int round, IReadOnlyList<string> materials, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        if (Status != FileStatus.AwaitingSupplement || round != Returns || PausedAt is not { } pausedAt)
        {
            return false;
        }

        _rounds[^1] = _rounds[^1] with { SupplementAt = at, MaterialsReceived = [.. materials] };
        RecountDeadline(calendar);
        Deadline = DeadlineClock.Resume(Deadline, pausedAt, at, calendar).ToUniversalTime();
        WarnAt = Deadline - WarningLead;
        CheckDeadlineAgainst(calendar);
        PausedAt = null;
        Status = FileStatus.InReview;
        return true;
    }

    /// <summary>Approval sent the file back (审批退回): it is reviewed again. False for a repeat.</summary>
    public bool ReturnFromApproval(string reason, DateTimeOffset at)
    {
        if (Status != FileStatus.Passed)
        {
            return false;
        }

        Status = FileStatus.InReview;
        Outcome = null;
        DecidedBy = null;
        DecidedAt = null;
        Reason = reason;
        RecheckedBy = null;
        RecheckedAt = null;
        ApprovalReturns++;
        AssignedAt = at;
        return true;
    }

    /// <summary>Approval decided the file (approved or rejected there). False for a repeat.</summary>
    public bool Complete()
    {
        if (Status != FileStatus.Passed)
        {
            return false;
        }

        Status = FileStatus.Completed;
        return true;
    }

    /// <summary>Whether the clock is running and past the deadline.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOpen && PausedAt is null && now > Deadline;

    public bool WarningDue(DateTimeOffset now) => IsOpen && PausedAt is null && !WarningSent && now >= WarnAt && now <= Deadline;

    public bool OverdueDue(DateTimeOffset now) => !OverdueSent && IsOverdue(now);

    public void MarkWarningSent() => WarningSent = true;

    public void MarkOverdueSent()
    {
        OverdueSent = true;
        WarningSent = true;
    }

    private void EnsureDecider(string staffId, bool callerIsHead)
    {
        switch (Status)
        {
            case FileStatus.InReview when ReviewerStaffId != staffId:
                throw new DomainException(DomainErrorKind.Forbidden, "not-your-file",
                    ReviewerStaffId is null ? "This file is on the head's unassigned list: it must be assigned first." : "This file is assigned to another reviewer.", "fileId");
            case FileStatus.Escalated when !callerIsHead:
                throw new DomainException(DomainErrorKind.Forbidden, "escalated-to-head", "This file was escalated: the department head decides it.", "fileId");
            case FileStatus.InReview or FileStatus.Escalated:
                return;
            case FileStatus.AwaitingSupplement:
                throw new DomainException(DomainErrorKind.Conflict, "awaiting-supplement", "This file waits for the resident's supplement.", "fileId");
            default:
                throw Closed();
        }
    }

    private void Decide(FileStatus status, ReviewOutcome outcome, string staffId, DateTimeOffset at, string? reason)
    {
        Status = status;
        Outcome = outcome;
        DecidedBy = staffId;
        DecidedAt = at;
        Reason = reason;
    }

    private static List<ReturnIssue> Checked(IReadOnlyList<ReturnIssue> issues, IReadOnlyCollection<string> materialCodes)
    {
        if (issues.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "issues-required", "A return lists exactly what is missing or wrong (at least one material).", "issues");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            if (!materialCodes.Contains(issue.MaterialCode))
            {
                throw new DomainException(DomainErrorKind.Invalid, "unknown-material",
                    $"'{issue.MaterialCode}' is not a material of this item's guide ({string.Join(", ", materialCodes)}).", "issues");
            }

            if (!seen.Add(issue.MaterialCode))
            {
                throw new DomainException(DomainErrorKind.Invalid, "duplicate-material", $"'{issue.MaterialCode}' is listed twice.", "issues");
            }

            if (issue.Kind == IssueKind.Wrong && string.IsNullOrWhiteSpace(issue.Note))
            {
                throw new DomainException(DomainErrorKind.Invalid, "note-required", $"Say what is wrong with '{issue.MaterialCode}', for the resident.", "issues");
            }

            if (issue.Note is { Length: > MaxNoteLength })
            {
                throw new DomainException(DomainErrorKind.Invalid, "note-too-long", $"A note is at most {MaxNoteLength} characters.", "issues");
            }
        }

        return [.. issues.Select(i => i with { Note = string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim() })];
    }

    private static string Text(string? text, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(text) || text.Length > maxLength
            ? throw new DomainException(DomainErrorKind.Invalid, $"{field}-required", $"A {field} (at most {maxLength} characters) is required, for the resident and the file.", field)
            : text.Trim();

    private DomainException Closed() => Status == FileStatus.Passed
        ? new(DomainErrorKind.Conflict, "in-approval", "This file passed first review and is with policy-law for approval.", "fileId")
        : new(DomainErrorKind.Conflict, "file-closed", $"This file is closed ({Status.ToString().ToLowerInvariant()}).", "fileId");

    private DomainException NotInReview() => Status == FileStatus.AwaitingSupplement
        ? new(DomainErrorKind.Conflict, "awaiting-supplement", "This file waits for the resident's supplement.", "fileId")
        : Closed();
}
