namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// One condition of a rule as evaluated for a household: the fact, the household's value, the comparison and its
/// threshold, whether it held, and the sentence a clerk reads aloud
/// (「家庭月人均收入 1,250.00 元，低于 1,510 元：符合」).
/// </summary>
public sealed record EligibilityClause(string Fact, string Label, string Value, string Comparison, string Threshold, bool Held, string Text);
