using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Domain.Resources;

/// <summary>A resource that covers some of a household's needs and has a place free.</summary>
public sealed record ResourceMatch(Guid ResourceId, string Name, ResourceKind Kind, IReadOnlyList<Need> Covers, int FreePlaces);
