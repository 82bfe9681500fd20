namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// What a clerk reads aloud and the file keeps: the verdict, the facts it rested on, the rule version, and each clause of
/// the rule with the household's value and whether it held.
/// </summary>
public sealed record EligibilityResult(
    string ItemCode,
    int ItemVersion,
    EligibilityOutcome Outcome,
    string Rule,
    IReadOnlyDictionary<string, object?> FactsUsed,
    string Reason,
    IReadOnlyList<EligibilityClause> Clauses);
