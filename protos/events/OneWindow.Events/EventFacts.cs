namespace OneWindow.Events;

/// <summary>One material the resident must bring for an item.</summary>
/// <param name="Code">Stable within the item version.</param>
/// <param name="Name">As printed in the guide (Chinese).</param>
/// <param name="Original">Original (true) or copy.</param>
/// <param name="Count">How many.</param>
/// <param name="Condition">When it is needed (null: always), e.g. "申请人有残疾的".</param>
public sealed record RequiredMaterialFact(string Code, string Name, bool Original, int Count, string? Condition);

/// <summary>The facts eligibility rules read, in bands and figures that identify nobody.</summary>
public sealed record EligibilityFacts
{
    public int? AgeYears { get; init; }

    public string? HukouDistrict { get; init; }

    public int HouseholdSize { get; init; }

    /// <summary>Monthly per-capita income of the household, CNY.</summary>
    public decimal? PerCapitaMonthlyIncome { get; init; }

    /// <summary>1 (most severe) to 4; null when none.</summary>
    public int? DisabilityGrade { get; init; }

    /// <summary>Item codes of benefits currently held.</summary>
    public IReadOnlyList<string> BenefitsHeld { get; init; } = [];
}
