using System.Text.RegularExpressions;
using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// A fact rules may read: its name as rules write it, its name and unit as a clerk reads it aloud, its type, and the
/// field of <c>household-changed</c> (or the resident record intake reads it from) it comes from.
/// </summary>
public sealed partial record FactDefinition(string Name, string Label, FactType Type, string Unit, string Source)
{
    /// <summary>
    /// A fact the district defines, checked before anything is kept: a name rules can write and no built-in fact has, a
    /// label and unit to read aloud, a source field that exists, and the type that field holds (a clash is refused, 422
    /// naming <c>type</c>). Benefits are read with <c>Holds("code")</c>, never through a defined fact.
    /// </summary>
    public static FactDefinition Define(string name, string label, FactType type, string unit, string source)
    {
        if (!NamePattern().IsMatch(name ?? string.Empty))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-fact-name", "A fact's name is a letter A-Z then 1 to 39 letters or digits, as rules write it (e.g. ElderlyCount).", "name");
        }

        if (HouseholdFacts.Definitions.Any(d => d.Name == name))
        {
            throw new DomainException(DomainErrorKind.Conflict, "built-in-fact", $"'{name}' is a fact policy-law keeps itself; a defined fact takes another name.", "name");
        }

        if (string.IsNullOrWhiteSpace(label) || label.Trim().Length > 20)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-fact-label", "A fact's Chinese name is 1 to 20 characters.", "label");
        }

        if ((unit ?? string.Empty).Trim().Length > 8)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-fact-unit", "A fact's unit is at most 8 characters (岁, 人, 元).", "unit");
        }

        if (!FactSources.Fields.TryGetValue(source ?? string.Empty, out var field))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "unknown-fact-source",
                $"There is no source field '{source}'; the fields are: {string.Join(", ", FactSources.Fields.Keys)}.", "source");
        }

        if (type == FactType.Benefits || field.Type == FactType.Benefits)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "fact-type-clash", "Benefits held are read in rules with Holds(\"code\"), not through a defined fact.", "type");
        }

        if (type != field.Type)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "fact-type-clash",
                $"The source field '{source}' holds a {field.Type}; a fact read from it cannot be a {type}.", "type");
        }

        return new FactDefinition(name!, label.Trim(), type, (unit ?? string.Empty).Trim(), source!);
    }

    /// <summary>The fact policy-law keeps the value in (the source field's), which the rule reads under this name.</summary>
    public string ReadsFact => FactSources.Fields[Source].Fact;

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]{1,39}\z")]
    private static partial Regex NamePattern();
}
