using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Disbursement;

/// <summary>
/// Who may do what with a payment batch, as the page shows it before anyone clicks: the director approves a prepared
/// batch, never the one who prepared it (编制与审批分离); a policy officer sends an approved batch to the bank and
/// settles an exported one from the bank's return file. Policy-law refuses the same; the page says it first.
/// </summary>
public static class BatchDuties
{
    public const string Prepared = "prepared";
    public const string Approved = "approved";
    public const string Exported = "exported";
    public const string Settled = "settled";

    /// <summary>The words (a resource name) telling the preparer that the batch waits for someone else, or null.</summary>
    public static string? NotYoursToApprove(PaymentBatch batch, string? staffId) =>
        batch.Status == Prepared && staffId is not null && batch.PreparedBy == staffId ? "BatchNotYours_Prepared" : null;

    public static bool CanApprove(PaymentBatch batch, string? staffId, bool director) =>
        director && batch.Status == Prepared && NotYoursToApprove(batch, staffId) is null;

    public static bool CanExport(PaymentBatch batch, bool officer) =>
        officer && batch.Status is Approved or Exported;

    public static bool CanSettle(PaymentBatch batch, bool officer) =>
        officer && batch.Status == Exported;
}
