namespace OneWindow.Review.Domain.Files;

public enum FileStatus
{
    /// <summary>With a reviewer, or on the head's unassigned list when nobody holds it.</summary>
    InReview,

    /// <summary>Returned to the resident for supplement (补正); the clock stands still.</summary>
    AwaitingSupplement,

    /// <summary>Sent to the department head, who decides (after two returns, or when the reviewer asks).</summary>
    Escalated,

    /// <summary>Passed first review: with policy-law for approval.</summary>
    Passed,

    Rejected,

    /// <summary>
    /// Finished (办结): approval decided it (approved or rejected there), or first review passed a file of an item that
    /// needs no approval.
    /// </summary>
    Completed,
}
