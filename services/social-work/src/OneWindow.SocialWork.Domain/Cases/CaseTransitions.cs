namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>
/// Which steps a case may take. Closing is possible after review, or early (from intake or assessment) when the
/// household declines, moves or dies; a case with a plan in force is closed only after a review of that plan.
/// </summary>
public static class CaseTransitions
{
    private static readonly HashSet<(CaseStatus From, CaseStatus To)> Allowed =
    [
        (CaseStatus.Intake, CaseStatus.Assessment),
        (CaseStatus.Assessment, CaseStatus.Plan),
        (CaseStatus.Plan, CaseStatus.InProgress),
        (CaseStatus.InProgress, CaseStatus.Review),
        (CaseStatus.Review, CaseStatus.InProgress),
        (CaseStatus.Review, CaseStatus.Plan),
        (CaseStatus.Review, CaseStatus.Closed),
        (CaseStatus.Intake, CaseStatus.Closed),
        (CaseStatus.Assessment, CaseStatus.Closed),
    ];

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Allowed.Contains((from, to));

    public static IReadOnlyList<CaseStatus> From(CaseStatus from) => [.. Allowed.Where(t => t.From == from).Select(t => t.To).Order()];
}
