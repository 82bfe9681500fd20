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

    internal static RuleFacts From(HouseholdFacts facts) => new(facts);
}
