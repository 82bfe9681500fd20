namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>The verdict of a rule: eligible, not eligible, or undetermined because a fact it needs is unknown.</summary>
public enum EligibilityOutcome
{
    Eligible,
    NotEligible,
    Undetermined,
}
