using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Approvals;

/// <summary>
/// Separation of duties (审批与受理、初审分离) as the officer sees it before trying: a file they accepted at a window or
/// reviewed is not theirs to approve. Policy-law refuses it too; the page says why before anyone clicks.
/// </summary>
public static class Separation
{
    /// <summary>The words (a resource name) saying why this file is not the officer's to decide, or null when it is.</summary>
    public static string? Of(ApprovalCase approval, string? staffId) =>
        staffId is null ? null
        : approval.ReviewerStaffId == staffId ? "ApprovalNotYours_Reviewed"
        : approval.AcceptingClerkStaffId == staffId ? "ApprovalNotYours_Accepted"
        : null;
}
