using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Review.Domain.Deadlines;
using OneWindow.Review.Domain.Files;

namespace OneWindow.Review.Domain.Joint;

/// <summary>
/// One request to an outside department about a joint file, with the reply date asked for, and the
/// reply once recorded. An unanswered request past its date is escalated to the head, once.
/// </summary>
public sealed class JointRequest
{
    private JointRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid FileId { get; private set; }

    public string Department { get; private set; } = string.Empty;

    public string Contact { get; private set; } = string.Empty;

    public string Channel { get; private set; } = string.Empty;

    public string SentBy { get; private set; } = string.Empty;

    public DateTimeOffset SentAt { get; private set; }

    public DateOnly ReplyDue { get; private set; }

    public string? Reply { get; private set; }

    public string? RecordedBy { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    public bool Escalated { get; private set; }

    public bool Answered => RepliedAt is not null;

    /// <summary>
    /// Sends the file to every department its item names. Only the reviewer holding an open joint file
    /// sends, once; the reply date must fall before the file's own deadline, or the file would miss it.
    /// </summary>
    public static IReadOnlyList<JointRequest> SendAll(
        ReviewFile file, IReadOnlyList<JointDepartment> departments, bool alreadySent, string staffId, DateTimeOffset at, DateOnly? replyDue,
        Common.Calendar.WorkingDayCalendar calendar)
    {
        if (file.Kind != ItemKind.Joint || departments.Count == 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "not-a-joint-item", "This item is not handled with outside departments.", "fileId");
        }

        if (file.Status != FileStatus.InReview || file.ReviewerStaffId != staffId)
        {
            throw file.Status == FileStatus.InReview
                ? new DomainException(DomainErrorKind.Forbidden, "not-your-file", "This file is assigned to another reviewer.", "fileId")
                : new DomainException(DomainErrorKind.Conflict, "not-in-review", "Joint requests are sent while the file is in review.", "fileId");
        }

        if (alreadySent)
        {
            throw new DomainException(DomainErrorKind.Conflict, "joint-requests-already-sent", "This file's joint requests were sent already.", "fileId");
        }

        var today = DeadlineClock.Day(at);
        var latest = DeadlineClock.Day(file.Deadline);
        if (replyDue is { } due && (due <= today || due > latest))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reply-due-out-of-range",
                $"replyDue is a day after today and no later than the file's deadline ({latest:yyyy-MM-dd}).", "replyDue");
        }

        return [.. departments.Select(d => new JointRequest
        {
            Id = Guid.CreateVersion7(),
            FileId = file.FileId,
            Department = d.Department,
            Contact = d.Contact,
            Channel = d.Channel,
            SentBy = staffId,
            SentAt = at,
            ReplyDue = replyDue ?? Min(calendar.AddWorkingDays(today, Math.Max(d.ReplyWorkingDays, 1)), latest),
        })];
    }

    public void RecordReply(string reply, string staffId, DateTimeOffset at)
    {
        if (Answered)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-replied", $"{Department} replied already.", "requestId");
        }

        Reply = string.IsNullOrWhiteSpace(reply) || reply.Length > 2_000
            ? throw new DomainException(DomainErrorKind.Invalid, "reply-required", "The reply (at most 2 000 characters) is required.", "reply")
            : reply.Trim();
        RecordedBy = staffId;
        RepliedAt = at;
    }

    public bool EscalationDue(DateOnly today) => !Answered && !Escalated && today > ReplyDue;

    public void MarkEscalated() => Escalated = true;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
