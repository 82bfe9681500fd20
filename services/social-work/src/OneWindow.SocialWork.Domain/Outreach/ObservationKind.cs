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
