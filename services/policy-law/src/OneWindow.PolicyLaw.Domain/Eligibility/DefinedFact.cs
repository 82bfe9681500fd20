namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// One version of a fact the district defined. A definition is never changed once kept: defining the fact again adds
/// the next version, and rules read the newest; the older stay, so what a rule read on a day can be told.
/// </summary>
public sealed class DefinedFact
{
    private DefinedFact()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int Version { get; private set; }

    public string Label { get; private set; } = string.Empty;

    public FactType Type { get; private set; }

    public string Unit { get; private set; } = string.Empty;

    public string Source { get; private set; } = string.Empty;

    public string DefinedBy { get; private set; } = string.Empty;

    public DateTimeOffset DefinedAt { get; private set; }

    public static DefinedFact Record(FactDefinition definition, int version, string definedBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Name = definition.Name,
        Version = version,
        Label = definition.Label,
        Type = definition.Type,
        Unit = definition.Unit,
        Source = definition.Source,
        DefinedBy = definedBy,
        DefinedAt = at,
    };

    public FactDefinition ToDefinition() => new(Name, Label, Type, Unit, Source);
}
