namespace OneWindow.DemoDistrict;

public sealed record Household(
    Guid HouseholdId,
    string CentreCode,
    string Address,
    string Grid,
    decimal MonthlyIncome,
    IReadOnlyList<Resident> Members,
    IReadOnlyList<string> BenefitsHeld)
{
    public decimal PerCapitaMonthlyIncome => Math.Round(MonthlyIncome / Members.Count, 2, MidpointRounding.ToEven);
}
