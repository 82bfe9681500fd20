using OneWindow.Intake.V1;

namespace OneWindow.Web.Components.Desk;

/// <summary>An acceptance under way at the window, kept while the clerk signs in again so nothing is typed twice.</summary>
public sealed record AcceptanceDraft(
    string ResidentId,
    string ItemCode,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Conditions,
    DeliveryMethod Delivery,
    string? VisitId,
    bool FromBundling);
