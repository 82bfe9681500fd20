namespace OneWindow.PolicyLaw.Persistence.ReadModels;

/// <summary>
/// The eligibility facts of a household as intake last told them (household-changed):
/// a read model, so approval can compute a benefit's amount without calling intake.
/// </summary>
public sealed class HouseholdFactsRecord
{
    // Not readonly: EF materializes the array column into the field, and each report replaces the whole list.
    private List<string> _benefits = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid HouseholdId { get; init; }

    public int? Age { get; set; }

    public bool? LocalHukou { get; set; }

    public int? HouseholdSize { get; set; }

    public decimal? PerCapitaIncome { get; set; }

    public int? DisabilityGrade { get; set; }

    public IReadOnlyList<string> Benefits => _benefits;

    /// <summary>When intake reported the facts held (the event's time), so an older report is not applied over them.</summary>
    public DateTimeOffset FactsAt { get; set; }

    /// <summary>The benefits the household holds, as intake last reported them.</summary>
    public void RecordBenefitsHeld(IEnumerable<string> benefits) => _benefits = [.. benefits];
}
