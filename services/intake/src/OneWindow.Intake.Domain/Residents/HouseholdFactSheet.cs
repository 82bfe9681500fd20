namespace OneWindow.Intake.Domain.Residents;

/// <summary>The facts of a household that identify nobody (the eligibility facts of docs/events.md).</summary>
public sealed record HouseholdFactSheet(
    int? AgeYears,
    string? HukouDistrict,
    int HouseholdSize,
    decimal PerCapitaMonthlyIncome,
    int? DisabilityGrade,
    int ElderlyMembers,
    IReadOnlyList<string> BenefitsHeld);
