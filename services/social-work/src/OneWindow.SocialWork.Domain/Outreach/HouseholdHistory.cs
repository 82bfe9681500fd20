namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>What the platform has seen of a household, in the order it happened.</summary>
public enum ObservationKind
{
    /// <summary>intake reported the household's facts (per-capita income among them).</summary>
    FactsReported,

    /// <summary>An application of the household was rejected.</summary>
    ApplicationRejected,

    /// <summary>A benefit the household held ended (policy-law said so, or it vanished from the facts).</summary>
    BenefitEnded,

    /// <summary>A benefit payment was scheduled: the benefit is (again) in force.</summary>
    BenefitPaid,

    /// <summary>Someone of the centre saw the household: a window visit, a home visit, a reception, a case.</summary>
    Contact,
}

public sealed record Observation(ObservationKind Kind, DateTimeOffset At, string? ItemCode = null, decimal? PerCapitaIncome = null);

/// <summary>The household's facts as last reported (figures that identify nobody).</summary>
public sealed record HouseholdSnapshot(int? HeadAge, int HouseholdSize, decimal? PerCapitaIncome, int? DisabilityGrade, IReadOnlyList<string> Benefits);

/// <summary>A household as the silent-family rules read it.</summary>
public sealed record HouseholdHistory(Guid HouseholdId, HouseholdSnapshot Current, IReadOnlyList<Observation> Observations, bool HasOpenCase)
{
    public DateTimeOffset? LastContact =>
        Observations.Where(o => o.Kind == ObservationKind.Contact).Select(o => (DateTimeOffset?)o.At).DefaultIfEmpty().Max();
}
