using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Catalogue;

/// <summary>One material the guide of an item version lists (办理要件); conditional ones only when their condition applies.</summary>
public sealed record RequiredMaterial(string Code, string Name, bool Original, int Count, string? Condition)
{
    public bool Conditional => Condition is not null;
}

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

/// <summary>A centre's choice to offer an item or not, with its local note (一街一策), as policy-law announced it.</summary>
public sealed class CentreItemSetting
{
    private CentreItemSetting()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string ItemCode { get; private set; } = string.Empty;

    public bool Enabled { get; private set; }

    public string? LocalNote { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static CentreItemSetting For(string itemCode) => new() { ItemCode = itemCode, Enabled = true };

    public void Change(bool enabled, string? localNote, DateTimeOffset at)
    {
        // Events may arrive out of order: the later fact wins.
        if (at < ChangedAt)
        {
            return;
        }

        Enabled = enabled;
        LocalNote = localNote;
        ChangedAt = at;
    }
}
