namespace OneWindow.SocialWork.Domain.Outreach;

public enum FindingStatus
{
    Open,

    /// <summary>Put off until a date: still open, so the household is not flagged again meanwhile.</summary>
    Deferred,

    /// <summary>A worker went to the family: a case was opened.</summary>
    Accepted,

    /// <summary>Not a family in difficulty, with the worker's reason.</summary>
    Dismissed,
}
