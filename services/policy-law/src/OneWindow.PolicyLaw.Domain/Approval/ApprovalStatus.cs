namespace OneWindow.PolicyLaw.Domain.Approval;

public enum ApprovalStatus
{
    /// <summary>Passed first review; waiting for a policy officer's decision.</summary>
    Pending,
    Approved,
    Rejected,

    /// <summary>Sent back to first review with a reason; a new review brings it back as a new round.</summary>
    Returned,

    /// <summary>
    /// Approved at a monthly amount above the item's limit (待主任确认): the centre's director confirms it, or sends it
    /// back to the officer with a reason; nothing is announced or paid before.
    /// </summary>
    AwaitingDirector,
}
