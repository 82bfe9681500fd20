namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>Where a case came from: a referral of one of these kinds, a silent-family finding, or the worker's own initiative.</summary>
public enum CaseOrigin
{
    SocialWorker,
    ApplicationRejected,
    BenefitEnded,
    PolicyGap,
    ResidentRequest,
    GridManagerReport,
    SilentFamilyFinding,
}
