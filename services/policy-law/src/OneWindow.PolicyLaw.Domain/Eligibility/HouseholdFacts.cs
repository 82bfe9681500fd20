namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// The facts eligibility rules may read, named as rules write them (e.g.
/// <c>LocalHukou &amp;&amp; PerCapitaIncome &lt; 1510</c>). A null fact is unknown: a rule that needs it cannot
/// decide, and says which fact is missing rather than guessing.
/// </summary>
public sealed record HouseholdFacts
{
    /// <summary>Age of the applicant in whole years.</summary>
    public int? Age { get; init; }

    /// <summary>The applicant's hukou is registered in this district.</summary>
    public bool? LocalHukou { get; init; }

    public int? HouseholdSize { get; init; }

    /// <summary>Monthly per-capita income of the household, CNY.</summary>
    public decimal? PerCapitaIncome { get; init; }

    /// <summary>Disability grade 1 (most severe) to 4; 0 when none.</summary>
    public int? DisabilityGrade { get; init; }

    /// <summary>Members aged 60 or more.</summary>
    public int? ElderlyMembers { get; init; }

    /// <summary>Item codes of the benefits the household holds now, e.g. <c>dibao</c>.</summary>
    public IReadOnlyList<string> Benefits { get; init; } = [];

    /// <summary>
    /// The facts rules may use, each with its Chinese name and unit for the clauses a clerk reads aloud, and the field
    /// of <c>household-changed</c> (<c>facts.*</c>) or of the applicant's resident record (<c>resident.*</c>) it is read from.
    /// </summary>
    public static IReadOnlyList<FactDefinition> Definitions { get; } =
    [
        new(nameof(Age), "年龄", FactType.Number, "岁", "resident.birth_date"),
        new(nameof(LocalHukou), "本区户籍", FactType.YesNo, string.Empty, "resident.hukou_district"),
        new(nameof(HouseholdSize), "家庭人口", FactType.Number, "人", "facts.household_size"),
        new(nameof(PerCapitaIncome), "家庭月人均收入", FactType.Money, "元", "facts.per_capita_monthly_income"),
        new(nameof(DisabilityGrade), "残疾等级", FactType.Number, "级", "resident.disability_grade"),
        new(nameof(ElderlyMembers), "60岁以上成员人数", FactType.Number, "人", "facts.elderly_members"),
        new(nameof(Benefits), "已享受待遇", FactType.Benefits, string.Empty, "facts.benefits_held"),
    ];

    /// <summary>The names rules may use, in Chinese for the reasons a clerk reads aloud.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = Definitions.ToDictionary(d => d.Name, d => d.Label, StringComparer.Ordinal);

    /// <summary>Which of the named facts are unknown.</summary>
    public IEnumerable<string> Missing(IEnumerable<string> facts) => facts.Where(fact => fact switch
    {
        nameof(Age) => Age is null,
        nameof(LocalHukou) => LocalHukou is null,
        nameof(HouseholdSize) => HouseholdSize is null,
        nameof(PerCapitaIncome) => PerCapitaIncome is null,
        nameof(DisabilityGrade) => DisabilityGrade is null,
        nameof(ElderlyMembers) => ElderlyMembers is null,
        _ => false,
    });

    /// <summary>The value of a named fact, for the record of an evaluation.</summary>
    public object? Value(string fact) => fact switch
    {
        nameof(Age) => Age,
        nameof(LocalHukou) => LocalHukou,
        nameof(HouseholdSize) => HouseholdSize,
        nameof(PerCapitaIncome) => PerCapitaIncome,
        nameof(DisabilityGrade) => DisabilityGrade,
        nameof(ElderlyMembers) => ElderlyMembers,
        nameof(Benefits) => string.Join(",", Benefits),
        _ => null,
    };
}
