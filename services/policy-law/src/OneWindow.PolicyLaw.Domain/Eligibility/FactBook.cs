namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// The facts a compiled rule may read, by the names it writes: policy-law's own and those the district defined, each
/// read from the fact its source field is kept in.
/// </summary>
internal sealed class FactBook
{
    private readonly Dictionary<string, FactDefinition> _facts;

    public FactBook(IEnumerable<FactDefinition> defined)
    {
        _facts = HouseholdFacts.Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var fact in defined)
        {
            _facts[fact.Name] = fact;
        }
    }

    public static FactBook BuiltIn { get; } = new([]);

    public FactDefinition Of(string name) => _facts[name];

    public string Label(string name) => _facts.TryGetValue(name, out var fact) ? fact.Label : name;

    public object? Value(HouseholdFacts facts, string name) => facts.Value(_facts[name].ReadsFact);

    public IEnumerable<string> Missing(HouseholdFacts facts, IEnumerable<string> names) =>
        names.Where(name => facts.Missing([_facts[name].ReadsFact]).Any());
}
