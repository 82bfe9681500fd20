using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.HrPayroll.Domain.Staff;

/// <summary>
/// A leave request, approved or rejected by the head of the worker's department (never by the worker).
/// Approved leave is what review's roster uses to send the worker's files to their B.
/// </summary>
public sealed class LeaveRequest
{
    private LeaveRequest()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string StaffId { get; private set; } = string.Empty;

    public Department Department { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public LeaveKind Kind { get; private set; }

    public string? Reason { get; private set; }

    public LeaveStatus Status { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>leave-started has been published.</summary>
    public bool StartAnnounced { get; private set; }

    /// <summary>leave-ended has been published.</summary>
    public bool EndAnnounced { get; private set; }

    public bool Covers(DateOnly day) => From <= day && day <= To;

    /// <summary>Approved leave that has begun on <paramref name="today"/> and was not announced yet: announce it once.</summary>
    public bool AnnounceStart(DateOnly today)
    {
        if (Status != LeaveStatus.Approved || StartAnnounced || From > today)
        {
            return false;
        }

        StartAnnounced = true;
        return true;
    }

    /// <summary>Approved leave that ended before <paramref name="today"/> and was not announced yet: announce it once.</summary>
    public bool AnnounceEnd(DateOnly today)
    {
        if (Status != LeaveStatus.Approved || EndAnnounced || To >= today)
        {
            return false;
        }

        EndAnnounced = true;
        return true;
    }

    public static LeaveRequest Request(
        StaffMember worker, DateOnly from, DateOnly to, LeaveKind kind, string? reason, string requestedBy, IEnumerable<LeaveRequest> existing, DateTimeOffset at)
    {
        if (to < from)
        {
            throw new DomainException(DomainErrorKind.Invalid, "leave-ends-before-start", "to must be on or after from.", "to");
        }

        if (to.DayNumber - from.DayNumber > 365)
        {
            throw new DomainException(DomainErrorKind.Invalid, "leave-too-long", "One request covers at most a year.", "to");
        }

        var clash = existing.FirstOrDefault(l => l.StaffId == worker.StaffId && l.Status != LeaveStatus.Rejected && l.From <= to && from <= l.To);
        if (clash is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "leave-overlaps", $"This overlaps leave from {clash.From:yyyy-MM-dd} to {clash.To:yyyy-MM-dd}.", "from");
        }

        return new LeaveRequest
        {
            StaffId = worker.StaffId,
            Department = worker.Department,
            From = from,
            To = to,
            Kind = kind,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            Status = LeaveStatus.Requested,
            RequestedBy = requestedBy,
            RequestedAt = at,
        };
    }

    public void Approve(StaffMember head, string? note, DateTimeOffset at) => Decide(head, LeaveStatus.Approved, note, at);

    public void Reject(StaffMember head, string? note, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "A rejection gives a reason.", "note");
        }

        Decide(head, LeaveStatus.Rejected, note, at);
    }

    private void Decide(StaffMember head, LeaveStatus outcome, string? note, DateTimeOffset at)
    {
        if (Status != LeaveStatus.Requested)
        {
            throw new DomainException(DomainErrorKind.Conflict, "leave-decided", $"This request is already {Status.ToString().ToLowerInvariant()}.", "leaveId");
        }

        if (head.StaffId == StaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "separation-of-duties", "You cannot decide your own leave.", "leaveId");
        }

        if (!head.IsHeadOf(Department))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-department-head", "Only the head of the worker's department decides their leave.", "leaveId");
        }

        Status = outcome;
        DecidedBy = head.StaffId;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
