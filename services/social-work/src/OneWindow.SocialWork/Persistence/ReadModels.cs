using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Persistence;

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

/// <summary>One thing the platform saw about a household, kept for the silent-family rules.</summary>
public sealed class HouseholdObservation
{
    public Guid Id { get; set; }

    public Guid HouseholdId { get; set; }

    public ObservationKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ItemCode { get; set; }

    public decimal? PerCapitaIncome { get; set; }

    public Observation ToDomain() => new(Kind, At, ItemCode, PerCapitaIncome);
}

/// <summary>
/// An application file as intake accepted it: which household it is for. Policy-law's rejection names only the
/// file, so this is how a rejection finds its household. A rejection that arrives first waits here for its file.
/// </summary>
public sealed class ApplicationFileRecord
{
    public Guid FileId { get; set; }

    public Guid? HouseholdId { get; set; }

    public Guid? ResidentId { get; set; }

    public string ItemCode { get; set; } = string.Empty;

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RejectedAt { get; set; }

    public string? RejectionReason { get; set; }
}

/// <summary>The name of each catalogue item (district-wide), for reasons and plans written in Chinese.</summary>
public sealed class CatalogueItemRecord
{
    public string ItemCode { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>A silent-family rule as stored (district-wide): the data the scan reads.</summary>
public sealed class SilentFamilyRuleRecord
{
    public string Code { get; set; } = string.Empty;

    public SilentFamilyRuleKind Kind { get; set; }

    public bool Enabled { get; set; }

    public RuleParameters Parameters { get; set; } = new();

    public string Description { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public SilentFamilyRule ToDomain() => new(Code, Kind, Enabled, Parameters, Description);
}
