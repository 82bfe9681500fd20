namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>Why a rule is refused as written.</summary>
public enum RuleFault
{
    /// <summary>Empty, or longer than a rule may be.</summary>
    Length,

    /// <summary>Not an expression over the facts: a syntax error or an unknown fact.</summary>
    DoesNotParse,

    /// <summary>An eligibility rule that is not true-or-false.</summary>
    NotACondition,

    /// <summary>An amount rule that is not a number.</summary>
    NotAnAmount,
}
