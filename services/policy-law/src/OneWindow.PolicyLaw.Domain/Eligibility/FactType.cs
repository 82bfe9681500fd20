namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>What kind of value a fact holds, which decides how a rule may use it and how a clause words it.</summary>
public enum FactType
{
    /// <summary>A whole number (years, people, a grade).</summary>
    Number,

    /// <summary>An amount in CNY, two decimals.</summary>
    Money,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>Item codes of benefits held, read with <c>Holds("code")</c>.</summary>
    Benefits,
}
