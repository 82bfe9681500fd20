namespace OneWindow.SocialWork.Domain.Plans;

/// <summary>A policy the household qualifies for (as policy-law answered), linked so that no benefit is missed.</summary>
public sealed record LinkedPolicy(string ItemCode, int ItemVersion, string Name, string Reason, decimal? MonthlyAmount, string LinkedBy, DateTimeOffset LinkedAt);
