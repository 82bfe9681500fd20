namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>The kinds of sign a silent family in difficulty (沉默型困难家庭) leaves in what the platform already sees.</summary>
public enum SilentFamilyRuleKind
{
    /// <summary>A benefit ended and was not renewed within <c>Days</c> (looking back <c>Months</c>).</summary>
    BenefitEndedWithoutRenewal,

    /// <summary>At least <c>Count</c> applications rejected within <c>Months</c>.</summary>
    RepeatedRejections,

    /// <summary>Someone aged <c>MinAge</c> or more living alone with no contact for <c>Months</c>.</summary>
    ElderlyAloneWithoutContact,

    /// <summary>A disability of grade <c>MaxDisabilityGrade</c> or more severe, and no benefit at all.</summary>
    DisabilityWithoutBenefit,

    /// <summary>Per-capita income fell by <c>Percent</c> or more within <c>Months</c>.</summary>
    SharpIncomeDrop,
}
