using OneWindow.Common.Errors;

namespace OneWindow.Review.Domain.Roster;

/// <summary>
/// A period of approved leave, from hr-payroll's leave-approved, leave-started and leave-ended. The
/// events may arrive in any order: an end that arrives before its start is kept, and the late start
/// is then refused (recorded, never applied), so a finished leave never takes anyone's files away.
/// </summary>
public sealed class LeavePeriod
{
    private LeavePeriod()
    {
    }

    public Guid LeaveId { get; private set; }

    public string StaffId { get; private set; } = string.Empty;

    /// <summary>Null only when the end arrived first and the dates are not known yet.</summary>
    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool Started { get; private set; }

    public bool Ended { get; private set; }

    public static LeavePeriod Approved(Guid leaveId, string staffId, DateOnly from, DateOnly to) => Checked(new LeavePeriod
    {
        LeaveId = leaveId,
        StaffId = staffId,
        From = from,
        To = to,
    });

    public static LeavePeriod EndedBeforeKnown(Guid leaveId, string staffId) => new() { LeaveId = leaveId, StaffId = staffId, Ended = true };

    /// <summary>Records the dates (a repeated or late approval); false when the leave has already ended.</summary>
    public bool Approve(DateOnly from, DateOnly to)
    {
        if (Ended)
        {
            From ??= from;
            To ??= to;
            return false;
        }

        From = from;
        To = to;
        Checked(this);
        return true;
    }

    /// <summary>The leave has begun; false when it has already ended (an out-of-order start).</summary>
    public bool Start(DateOnly from, DateOnly to)
    {
        if (!Approve(from, to))
        {
            return false;
        }

        Started = true;
        return true;
    }

    public void End() => Ended = true;

    public bool Covers(DateOnly day) => !Ended && From <= day && day <= To;

    private static LeavePeriod Checked(LeavePeriod leave) =>
        leave.To < leave.From
            ? throw new DomainException(DomainErrorKind.Invalid, "leave-ends-before-it-starts", $"Leave {leave.LeaveId} ends ({leave.To}) before it starts ({leave.From}).", "to")
            : leave;
}
