namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>Why a rule is refused as written.</summary>
public enum RuleFault
{
    /// <summary>Empty, or longer than a rule may be.</summary>
    Length,

    /// <summary>Not an expression over the facts: a syntax error.</summary>
    DoesNotParse,

    /// <summary>An eligibility rule that is not true-or-false.</summary>
    NotACondition,

    /// <summary>An amount rule that is not a number.</summary>
    NotAnAmount,

    /// <summary>A fact neither policy-law keeps nor the district defined.</summary>
    UnknownFact,

    /// <summary>A fact used as a type it is not (a number where yes-or-no is meant).</summary>
    FactType,
}
