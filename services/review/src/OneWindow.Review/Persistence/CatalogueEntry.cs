using OneWindow.Common.Vocabulary;

namespace OneWindow.Review.Persistence;

/// <summary>A material of an item version's guide, as catalogue-item-published told it.</summary>
public sealed record CatalogueMaterial(string Code, string Name);

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

    public required List<CatalogueMaterial> Materials { get; init; }
}

/// <summary>
/// The business supervisor a centre names for an item (policy-law's centre item settings); it takes the
/// place of the district's for that centre's re-checks. A centre's read model, under row-level security.
/// </summary>
public sealed class CentreItemSupervisor
{
    public Guid Id { get; init; }

    public required string ItemCode { get; init; }

    public string? SupervisorStaffId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
