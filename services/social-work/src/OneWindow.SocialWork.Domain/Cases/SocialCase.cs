using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>
/// A social case (个案) for one household: opened from a referral or by a worker, worked by a lead worker and
/// others, moved step by step to closure with a reason. Each step records who and when.
/// </summary>
public sealed class SocialCase
{
    public const int MaxWorkers = 10;

    private readonly List<string> _workers = [];
    private readonly List<CaseStep> _steps = [];

    private SocialCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public CaseOrigin Origin { get; private set; }

    /// <summary>The referral or silent-family finding the case came from.</summary>
    public Guid? OriginId { get; private set; }

    /// <summary>Why the case was opened, in a sentence.</summary>
    public string Reason { get; private set; } = string.Empty;

    public CaseStatus Status { get; private set; }

    public string LeadWorker { get; private set; } = string.Empty;

    /// <summary>Everyone working the case, the lead first: they (and the department head) see its sensitive notes.</summary>
    public IReadOnlyList<string> Workers => _workers;

    public IReadOnlyList<CaseStep> Steps => _steps;

    public CaseSituation Situation { get; private set; } = CaseSituation.Unassessed;

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; } = string.Empty;

    public DateTimeOffset? ClosedAt { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    public string? ClosureNote { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Status != CaseStatus.Closed;

    public static SocialCase Open(Guid id, Guid householdId, CaseOrigin origin, Guid? originId, string reason, string leadWorker, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "reason is required: why does this household need a case?", "reason");
        }

        if (string.IsNullOrWhiteSpace(leadWorker))
        {
            throw new DomainException(DomainErrorKind.Invalid, "lead-worker-required", "leadWorker is required.", "leadWorker");
        }

        var socialCase = new SocialCase
        {
            Id = id,
            HouseholdId = householdId,
            Origin = origin,
            OriginId = originId,
            Reason = reason.Trim(),
            Status = CaseStatus.Intake,
            LeadWorker = leadWorker,
            OpenedAt = at,
            OpenedBy = by,
            UpdatedAt = at,
        };
        socialCase._workers.Add(leadWorker);
        return socialCase;
    }

    public bool IsWorker(string staffId) => Workers.Contains(staffId, StringComparer.Ordinal);

    /// <summary>Sensitive notes are for the case's workers and the head of the department, nobody else.</summary>
    public bool MaySeeSensitiveNotes(string staffId, bool isDepartmentHead) => isDepartmentHead || IsWorker(staffId);

    public void AssignWorker(string staffId, DateTimeOffset at)
    {
        EnsureOpen();
        if (IsWorker(staffId))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-on-case", $"{staffId} already works this case.", "staffId");
        }

        if (Workers.Count >= MaxWorkers)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "too-many-workers", $"A case has at most {MaxWorkers} workers.", "staffId");
        }

        _workers.Add(staffId);
        UpdatedAt = at;
    }

    public void DescribeSituation(CaseSituation situation, DateTimeOffset at)
    {
        EnsureOpen();
        Situation = situation;
        UpdatedAt = at;
    }

    /// <summary>Moves the case one step; a plan must hold at least one action before it is put in progress.</summary>
    public void MoveTo(CaseStatus to, string by, DateTimeOffset at, string? note, int planActions)
    {
        EnsureOpen();
        if (to == CaseStatus.Closed)
        {
            throw new DomainException(DomainErrorKind.Invalid, "close-with-reason", "A case is closed with a closure reason (:close), not moved to closed.", "to");
        }

        EnsureAllowed(to);
        if (to == CaseStatus.InProgress && planActions == 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "plan-required", "An assistance plan with at least one action is needed before the case is in progress.", "plan");
        }

        Step(to, by, at, note);
    }

    /// <summary>
    /// Closes the case (结案) with a reason. Nothing may be left undone: open plan actions are completed or
    /// dropped first. A case closed before any plan cannot claim its goals were achieved.
    /// </summary>
    public void Close(ClosureReason? reason, string? note, int openActions, string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (reason is not { } why)
        {
            throw new DomainException(DomainErrorKind.Invalid, "closure-reason-required", "closureReason is required to close a case.", "closureReason");
        }

        EnsureAllowed(CaseStatus.Closed);
        if (why == Cases.ClosureReason.GoalsAchieved && Status != CaseStatus.Review)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "no-goals-yet", "A case closed before its plan was reviewed cannot have achieved its goals.", "closureReason");
        }

        if (openActions > 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "open-actions", $"The plan still has {openActions} open action(s): complete or drop them first.", "plan");
        }

        Step(CaseStatus.Closed, by, at, note);
        ClosedAt = at;
        ClosureReason = why;
        ClosureNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private void Step(CaseStatus to, string by, DateTimeOffset at, string? note)
    {
        _steps.Add(new CaseStep(Status, to, by, at, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        Status = to;
        UpdatedAt = at;
    }

    private void EnsureAllowed(CaseStatus to)
    {
        if (!CaseTransitions.IsAllowed(Status, to))
        {
            var next = CaseTransitions.From(Status);
            throw new DomainException(
                DomainErrorKind.RuleViolated,
                "transition-not-allowed",
                $"A case in {Status} cannot go to {to}; it may go to {(next.Count == 0 ? "nothing" : string.Join(", ", next))}.",
                "to");
        }
    }

    /// <summary>A closed case (结案) takes no new step, worker, situation, plan or visit.</summary>
    public void EnsureOpen()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new DomainException(DomainErrorKind.Conflict, "case-closed", "The case is closed.", "caseId");
        }
    }
}
