namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>Where a household's benefit stands: paid (正常), suspended for a review not done (已暂停), or ended (已终止).</summary>
public enum BenefitStatus
{
    Active,
    Suspended,
    Ended,
}
