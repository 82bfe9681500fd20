namespace OneWindow.PolicyLaw.Domain.Approval;

public enum ApprovalStatus
{
    /// <summary>Passed first review; waiting for a policy officer's decision.</summary>
    Pending,
    Approved,
    Rejected,

    /// <summary>Sent back to first review with a reason; a new review brings it back as a new round.</summary>
    Returned,
}
