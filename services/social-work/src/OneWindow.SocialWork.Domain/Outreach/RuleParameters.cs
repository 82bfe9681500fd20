namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>The thresholds of a rule; which ones a rule reads depends on its kind.</summary>
public sealed record RuleParameters
{
    public int? Days { get; init; }

    public int? Months { get; init; }

    public int? Count { get; init; }

    public int? MinAge { get; init; }

    public int? MaxDisabilityGrade { get; init; }

    public decimal? Percent { get; init; }
}
