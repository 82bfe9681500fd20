using OneWindow.Common.Vocabulary;

namespace OneWindow.Review.Persistence.ReadModels;

/// <summary>
/// One version of a district catalogue item, as policy-law published it: what a decision on a file
/// needs (time-limited or not, the named supervisor, the materials a return may name). A read model;
/// a version never changes once published.
/// </summary>
public sealed class CatalogueEntry
{
    public required string ItemCode { get; init; }

    public required int Version { get; init; }

    public required string Name { get; init; }

    public required ItemKind Kind { get; init; }

    public required int TimeLimitWorkingDays { get; init; }

    public required bool TimeLimited { get; init; }

    public string? SupervisorStaffId { get; init; }

    /// <summary>False: first review's pass completes a file of this version (办结), no approval follows.</summary>
    public bool NeedsApproval { get; init; } = true;

    public required List<CatalogueMaterial> Materials { get; init; }
}
