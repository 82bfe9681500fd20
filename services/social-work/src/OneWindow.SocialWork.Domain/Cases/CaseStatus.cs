namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>The steps of case management (个案管理), in the order a case normally takes them.</summary>
public enum CaseStatus
{
    Intake,
    Assessment,
    Plan,
    InProgress,
    Review,
    Closed,
}
