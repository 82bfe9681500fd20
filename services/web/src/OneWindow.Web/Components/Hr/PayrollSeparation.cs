using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// Separation of duties on a payroll run as the director sees it before trying: a run they prepared or reviewed is not
/// theirs to approve. hr-payroll refuses it too (and audits the attempt); the page says why before anyone clicks.
/// </summary>
public static class PayrollSeparation
{
    /// <summary>The words (a resource name) saying why this run is not the caller's to approve, or null when it is.</summary>
    public static string? Of(PayrollRun run, string? staffId) =>
        staffId is null ? null
        : run.PreparedBy == staffId ? "PayrollNotYours_Prepared"
        : run.ReviewedBy == staffId ? "PayrollNotYours_Reviewed"
        : null;
}
