namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>Who or what referred a household to social work.</summary>
public enum ReferralSource
{
    /// <summary>An application the household made was rejected (from policy-law's decision).</summary>
    ApplicationRejected,

    /// <summary>A benefit the household held ended (from policy-law).</summary>
    BenefitEnded,

    /// <summary>A reviewer or policy officer noticed a need no policy covers.</summary>
    PolicyGap,

    /// <summary>The resident asked for help at a window.</summary>
    ResidentRequest,

    /// <summary>A grid manager reported the household (网格员上报).</summary>
    GridManagerReport,
}
