namespace OneWindow.PolicyLaw.Persistence;

/// <summary>
/// The eligibility facts of a household as intake last told them (resident-registered, household-changed):
/// a read model, so approval can compute a benefit's amount without calling intake.
/// </summary>
public sealed class HouseholdFactsRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid HouseholdId { get; init; }

    public int? Age { get; set; }

    public bool? LocalHukou { get; set; }

    public int? HouseholdSize { get; set; }

    public decimal? PerCapitaIncome { get; set; }

    public int? DisabilityGrade { get; set; }

    public List<string> Benefits { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
