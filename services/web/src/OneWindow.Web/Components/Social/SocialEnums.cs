using OneWindow.SocialWork.V1;

namespace OneWindow.Web.Components.Social;

/// <summary>The choices social work's forms offer, in the order of its contracts, without the wire's "unspecified".</summary>
public static class SocialEnums
{
    public static IReadOnlyList<Need> Needs { get; } = [.. Enum.GetValues<Need>().Where(n => n != Need.Unspecified)];

    public static IReadOnlyList<VisitPurpose> VisitPurposes { get; } = [.. Enum.GetValues<VisitPurpose>().Where(p => p != VisitPurpose.Unspecified)];

    /// <summary>A case closed early (from intake or assessment) never says its goals were achieved; social-work refuses it.</summary>
    public static IEnumerable<ClosureReason> ClosureReasonsFrom(CaseStatus status) =>
        Enum.GetValues<ClosureReason>().Where(r => r != ClosureReason.Unspecified && !(r == ClosureReason.GoalsAchieved && status is CaseStatus.Intake or CaseStatus.Assessment));
}
