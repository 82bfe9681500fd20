using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Domain.Resources;

/// <summary>
/// Matches a household's needs to the directory: active resources with a free place that offer at least one of
/// the needs, those covering most needs first, then those with most room (the family is more likely to be taken),
/// then by name so the order is stable. Resources the household is already linked to are left out.
/// </summary>
public static class ResourceMatching
{
    public static IReadOnlyList<ResourceMatch> Match(IEnumerable<Need> needs, IEnumerable<SocialResource> directory, IReadOnlySet<Guid>? alreadyLinked = null)
    {
        var wanted = needs.ToHashSet();
        return [.. directory
            .Where(r => r.Active && r.FreePlaces > 0 && alreadyLinked?.Contains(r.Id) != true)
            .Select(r => new ResourceMatch(r.Id, r.Name, r.Kind, [.. r.Services.Where(wanted.Contains).Order()], r.FreePlaces))
            .Where(m => m.Covers.Count > 0)
            .OrderByDescending(m => m.Covers.Count)
            .ThenByDescending(m => m.FreePlaces)
            .ThenBy(m => m.Name, StringComparer.Ordinal)];
    }
}
