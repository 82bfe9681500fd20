namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// The fields a fact may be read from: those of <c>household-changed</c>'s facts (<c>facts.*</c>) and of the applicant's
/// resident record intake reads (<c>resident.*</c>), each with the type of what it holds and the fact policy-law already
/// keeps it in. A fact the district defines reads one of them under its own name, Chinese label and unit.
/// </summary>
public static class FactSources
{
    public static IReadOnlyDictionary<string, (FactType Type, string Fact)> Fields { get; } = new Dictionary<string, (FactType, string)>(StringComparer.Ordinal)
    {
        ["facts.household_size"] = (FactType.Number, nameof(HouseholdFacts.HouseholdSize)),
        ["facts.per_capita_monthly_income"] = (FactType.Money, nameof(HouseholdFacts.PerCapitaIncome)),
        ["facts.elderly_members"] = (FactType.Number, nameof(HouseholdFacts.ElderlyMembers)),
        ["facts.benefits_held"] = (FactType.Benefits, nameof(HouseholdFacts.Benefits)),
        ["resident.birth_date"] = (FactType.Number, nameof(HouseholdFacts.Age)),
        ["resident.hukou_district"] = (FactType.YesNo, nameof(HouseholdFacts.LocalHukou)),
        ["resident.disability_grade"] = (FactType.Number, nameof(HouseholdFacts.DisabilityGrade)),
    };
}
