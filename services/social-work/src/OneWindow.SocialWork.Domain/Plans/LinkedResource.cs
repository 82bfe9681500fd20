using OneWindow.SocialWork.Domain.Resources;

namespace OneWindow.SocialWork.Domain.Plans;

/// <summary>A social resource the household was referred or paired to for this plan.</summary>
public sealed record LinkedResource(Guid ResourceId, Guid ReferralId, string Name, ResourceKind Kind, string LinkedBy, DateTimeOffset LinkedAt);
