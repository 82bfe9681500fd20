namespace OneWindow.SocialWork.Domain.Employment;

public enum RecommendationOutcome
{
    Pending,
    Hired,
    NotHired,

    /// <summary>The person turned the job down.</summary>
    Declined,
}
