namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>What a clerk reads aloud and the file keeps: the verdict, the facts it rested on, the rule version.</summary>
public sealed record EligibilityResult(
    string ItemCode,
    int ItemVersion,
    EligibilityOutcome Outcome,
    string Rule,
    IReadOnlyDictionary<string, object?> FactsUsed,
    string Reason);
