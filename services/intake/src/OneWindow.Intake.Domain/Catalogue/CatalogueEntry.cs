using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Catalogue;

/// <summary>
/// One published version of a district catalogue item, as policy-law announced it (catalogue-item-published):
/// intake's read model of the district standard. Never changed once recorded.
/// </summary>
public sealed class CatalogueEntry
{
    private readonly List<RequiredMaterial> _materials = [];

    private CatalogueEntry()
    {
    }

    public Guid Id { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public int Version { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Category { get; private set; } = string.Empty;

    public DateOnly EffectiveFrom { get; private set; }

    public ItemKind Kind { get; private set; }

    public WindowType WindowType { get; private set; }

    public ItemScope Scope { get; private set; }

    public int TimeLimitWorkingDays { get; private set; }

    public bool TimeLimited { get; private set; }

    public int? RecurrenceMonths { get; private set; }

    public IReadOnlyList<RequiredMaterial> Materials => _materials;

    public static CatalogueEntry Record(
        string itemCode, int version, string name, string category, DateOnly effectiveFrom, ItemKind kind, WindowType windowType,
        ItemScope scope, int timeLimitWorkingDays, bool timeLimited, int? recurrenceMonths, IEnumerable<RequiredMaterial> materials)
    {
        var entry = new CatalogueEntry
        {
            Id = Guid.CreateVersion7(),
            ItemCode = itemCode,
            Version = version,
            Name = name,
            Category = category,
            EffectiveFrom = effectiveFrom,
            Kind = kind,
            WindowType = windowType,
            Scope = scope,
            TimeLimitWorkingDays = timeLimitWorkingDays,
            TimeLimited = timeLimited,
            RecurrenceMonths = recurrenceMonths,
        };
        entry._materials.AddRange(materials);
        return entry;
    }

    /// <summary>The version in force on a day among the versions of one item, or null.</summary>
    public static CatalogueEntry? InForce(IEnumerable<CatalogueEntry> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.Version);
}
