namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// The facts as a rule sees them, every one known (rules are evaluated only when none they read is
/// missing), so conditions are plain booleans and amounts plain numbers.
/// </summary>
public sealed class RuleFacts
{
    private RuleFacts(HouseholdFacts facts)
    {
        Age = facts.Age ?? 0;
        LocalHukou = facts.LocalHukou ?? false;
        HouseholdSize = facts.HouseholdSize ?? 0;
        PerCapitaIncome = facts.PerCapitaIncome ?? 0m;
        DisabilityGrade = facts.DisabilityGrade ?? 0;
        ElderlyMembers = facts.ElderlyMembers ?? 0;
        Benefits = facts.Benefits;
    }

    public int Age { get; }

    public bool LocalHukou { get; }

    public int HouseholdSize { get; }

    public decimal PerCapitaIncome { get; }

    public int DisabilityGrade { get; }

    public int ElderlyMembers { get; }

    public IReadOnlyList<string> Benefits { get; }

    /// <summary>Whether the household holds a benefit: <c>Holds("dibao")</c> in a rule.</summary>
    public bool Holds(string itemCode) => Benefits.Contains(itemCode, StringComparer.Ordinal);

    /// <summary>
    /// A number fact the district defined, as rules reach it: a rule's <c>ElderlyCount</c> is read as
    /// <c>Number("ElderlyCount", "ElderlyMembers")</c>, the fact's name and the fact its source field is kept in.
    /// </summary>
    public int Number(string defined, string fact) => fact switch
    {
        nameof(Age) => Age,
        nameof(HouseholdSize) => HouseholdSize,
        nameof(DisabilityGrade) => DisabilityGrade,
        nameof(ElderlyMembers) => ElderlyMembers,
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, $"'{defined}' is not a number."),
    };

    /// <summary>A money fact the district defined (<see cref="Number"/>).</summary>
    public decimal Amount(string defined, string fact) => fact == nameof(PerCapitaIncome)
        ? PerCapitaIncome
        : throw new ArgumentOutOfRangeException(nameof(fact), fact, $"'{defined}' is not an amount.");

    /// <summary>A yes-or-no fact the district defined (<see cref="Number"/>).</summary>
    public bool YesNo(string defined, string fact) => fact == nameof(LocalHukou)
        ? LocalHukou
        : throw new ArgumentOutOfRangeException(nameof(fact), fact, $"'{defined}' is not yes or no.");

    internal static RuleFacts From(HouseholdFacts facts) => new(facts);
}
