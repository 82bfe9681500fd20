using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Persistence.ReadModels;

/// <summary>
/// A household as intake's events describe it (eligibility facts, member ids; never names or addresses). Social
/// work opens cases only for households it knows this way, and the silent-family rules read these facts.
/// </summary>
public sealed class HouseholdRecord
{
    public Guid HouseholdId { get; set; }

    public int? HeadAge { get; set; }

    public string? HukouDistrict { get; set; }

    public int HouseholdSize { get; set; }

    public decimal? PerCapitaIncome { get; set; }

    public int? DisabilityGrade { get; set; }

    public List<string> Benefits { get; set; } = [];

    public List<Guid> MemberIds { get; set; } = [];

    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>When the facts last changed (the event's time), so a late, older event does not overwrite newer facts.</summary>
    public DateTimeOffset FactsAt { get; set; }

    public HouseholdSnapshot Snapshot() => new(HeadAge, HouseholdSize, PerCapitaIncome, DisabilityGrade, Benefits);
}
