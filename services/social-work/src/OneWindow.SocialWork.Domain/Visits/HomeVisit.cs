using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Visits;

/// <summary>
/// A home visit (入户调查): scheduled, then done (with findings and perhaps the date of the next one) or missed.
/// A visit may belong to a case or stand alone (an assistance investigation). A scheduled visit whose day has
/// passed is overdue and heads its worker's list.
/// </summary>
public sealed class HomeVisit
{
    public const int MaxFindingsLength = 4_000;

    private HomeVisit()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Guid? CaseId { get; private set; }

    public string WorkerStaffId { get; private set; } = string.Empty;

    public VisitPurpose Purpose { get; private set; }

    public DateOnly ScheduledOn { get; private set; }

    public VisitStatus Status { get; private set; }

    public DateTimeOffset? VisitedAt { get; private set; }

    public string? Findings { get; private set; }

    public DateOnly? NextVisitOn { get; private set; }

    public string? MissedReason { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static HomeVisit Schedule(Guid id, Guid householdId, Guid? caseId, string worker, VisitPurpose purpose, DateOnly on, DateOnly today, DateTimeOffset now)
    {
        if (on < today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "scheduled-in-the-past", "scheduledOn is today or later; record a past visit as done instead.", "scheduledOn");
        }

        return new HomeVisit
        {
            Id = id, HouseholdId = householdId, CaseId = caseId, WorkerStaffId = worker, Purpose = purpose, ScheduledOn = on,
            Status = VisitStatus.Scheduled, UpdatedAt = now,
        };
    }

    /// <summary>A visit recorded after the fact, without having been scheduled.</summary>
    public static HomeVisit RecordDone(
        Guid id, Guid householdId, Guid? caseId, string worker, VisitPurpose purpose, DateTimeOffset visitedAt, string? findings, DateOnly? nextVisitOn, DateOnly visitDay, DateTimeOffset now)
    {
        var visit = new HomeVisit
        {
            Id = id, HouseholdId = householdId, CaseId = caseId, WorkerStaffId = worker, Purpose = purpose, ScheduledOn = visitDay,
            Status = VisitStatus.Scheduled, UpdatedAt = now,
        };
        visit.Complete(visitedAt, findings, nextVisitOn, visitDay, now);
        return visit;
    }

    /// <summary>The visit happened: when (never in the future), what was found, and when to come back.</summary>
    public void Complete(DateTimeOffset visitedAt, string? findings, DateOnly? nextVisitOn, DateOnly visitDay, DateTimeOffset now)
    {
        EnsureScheduled();
        if (visitedAt > now)
        {
            throw new DomainException(DomainErrorKind.Invalid, "visit-in-the-future", "visitedAt is in the future: a visit is recorded as done once it has happened.", "visitedAt");
        }

        if (string.IsNullOrWhiteSpace(findings))
        {
            throw new DomainException(DomainErrorKind.Invalid, "findings-required", "findings are required for a visit that took place.", "findings");
        }

        if (findings.Trim().Length > MaxFindingsLength)
        {
            throw new DomainException(DomainErrorKind.Invalid, "findings-too-long", $"findings are at most {MaxFindingsLength} characters.", "findings");
        }

        if (nextVisitOn is { } next && next <= visitDay)
        {
            throw new DomainException(DomainErrorKind.Invalid, "next-visit-before-this-one", "nextVisitOn is after the day of this visit.", "nextVisitOn");
        }

        Status = VisitStatus.Done;
        VisitedAt = visitedAt;
        Findings = findings.Trim();
        NextVisitOn = nextVisitOn;
        UpdatedAt = now;
    }

    public void Miss(string? reason, DateTimeOffset now)
    {
        EnsureScheduled();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "reason is required: why did the visit not happen?", "reason");
        }

        Status = VisitStatus.Missed;
        MissedReason = reason.Trim();
        UpdatedAt = now;
    }

    /// <summary>The follow-up visit a done visit asked for, on its next-visit date.</summary>
    public HomeVisit? FollowUp(Guid id, DateTimeOffset now) =>
        Status == VisitStatus.Done && NextVisitOn is { } next
            ? new HomeVisit
            {
                Id = id, HouseholdId = HouseholdId, CaseId = CaseId, WorkerStaffId = WorkerStaffId,
                Purpose = VisitPurpose.FollowUp, ScheduledOn = next, Status = VisitStatus.Scheduled, UpdatedAt = now,
            }
            : null;

    public bool IsOverdue(DateOnly today) => Status == VisitStatus.Scheduled && ScheduledOn < today;

    private void EnsureScheduled()
    {
        if (Status != VisitStatus.Scheduled)
        {
            throw new DomainException(DomainErrorKind.Conflict, "visit-settled", $"The visit is already {Status.ToString().ToLowerInvariant()}.", "visitId");
        }
    }
}
