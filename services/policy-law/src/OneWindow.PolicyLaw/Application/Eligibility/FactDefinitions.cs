using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Domain.Eligibility;
using OneWindow.PolicyLaw.Persistence;
using Contract = OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Eligibility;

/// <summary>
/// The facts rules may read as the district defines them: each definition a new version, kept and audited; rules read
/// the newest version of each. A district's list is a handful of rows, read whole.
/// </summary>
public sealed class FactDefinitions(PolicyLawDbContext db, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>The newest version of each fact the district defined, as rules are compiled with them.</summary>
    public async Task<IReadOnlyList<FactDefinition>> DefinedAsync(CancellationToken cancellationToken) =>
        [.. (await NewestAsync(cancellationToken)).Select(f => f.ToDefinition())];

    public async Task<Contract.FactDefinition> DefineAsync(Contract.DefineFactRequest request, string definedBy, CancellationToken cancellationToken)
    {
        var type = request.Type switch
        {
            Contract.FactType.Number => FactType.Number,
            Contract.FactType.Money => FactType.Money,
            Contract.FactType.YesNo => FactType.YesNo,
            Contract.FactType.Benefits => FactType.Benefits,
            _ => throw new DomainException(DomainErrorKind.Invalid, "fact-type-required", "type is one of FACT_TYPE_NUMBER, FACT_TYPE_MONEY, FACT_TYPE_YES_NO.", "type"),
        };
        var definition = FactDefinition.Define(request.Name, request.Label, type, request.Unit, request.Source);
        var version = await db.DefinedFacts.Where(f => f.Name == definition.Name).MaxAsync(f => (int?)f.Version, cancellationToken) ?? 0;
        var fact = DefinedFact.Record(definition, version + 1, definedBy, clock.GetUtcNow());
        db.DefinedFacts.Add(fact);
        audit.Record(new AuditEntry("define-fact", "fact", $"{fact.Name}@{fact.Version}", $"{fact.Label} {fact.Type} {fact.Source}"));
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(fact);
    }

    public async Task<Contract.FactList> ListAsync(CancellationToken cancellationToken)
    {
        var list = new Contract.FactList();
        list.Facts.AddRange(HouseholdFacts.Definitions.Select(d => new Contract.FactDefinition
        {
            Name = d.Name,
            Label = d.Label,
            Type = ToContract(d.Type),
            Unit = d.Unit,
            Source = d.Source,
            BuiltIn = true,
        }));
        list.Facts.AddRange((await NewestAsync(cancellationToken)).Select(ToContract));
        list.Sources.AddRange(FactSources.Fields.Keys);
        return list;
    }

    private async Task<List<DefinedFact>> NewestAsync(CancellationToken cancellationToken) =>
        [.. (await db.DefinedFacts.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .Select(g => g.MaxBy(f => f.Version)!)
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    private static Contract.FactDefinition ToContract(DefinedFact fact) => new()
    {
        Name = fact.Name,
        Label = fact.Label,
        Type = ToContract(fact.Type),
        Unit = fact.Unit,
        Source = fact.Source,
        Version = fact.Version,
        DefinedBy = fact.DefinedBy,
        DefinedAt = fact.DefinedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Contract.FactType ToContract(FactType type) => type switch
    {
        FactType.Number => Contract.FactType.Number,
        FactType.Money => Contract.FactType.Money,
        FactType.YesNo => Contract.FactType.YesNo,
        _ => Contract.FactType.Benefits,
    };
}
