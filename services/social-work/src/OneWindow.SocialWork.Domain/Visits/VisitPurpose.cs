namespace OneWindow.SocialWork.Domain.Visits;

public enum VisitPurpose
{
    /// <summary>First visit of a case: the family's whole situation.</summary>
    Assessment,

    /// <summary>民政救助入户调查: the home investigation of an assistance application.</summary>
    AssistanceInvestigation,

    /// <summary>走访慰问 during a case.</summary>
    FollowUp,

    /// <summary>Checking the plan with the family before its review.</summary>
    PlanReview,

    /// <summary>Knocking on the door of a family that never came (a silent-family finding).</summary>
    Outreach,
}
