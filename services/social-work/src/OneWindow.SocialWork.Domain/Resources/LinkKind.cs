namespace OneWindow.SocialWork.Domain.Resources;

public enum LinkKind
{
    /// <summary>转介: the resource provides a service (a training place, counselling).</summary>
    Referral,

    /// <summary>结对: a lasting pairing of the family with an employer, an NGO or a volunteer.</summary>
    Pairing,
}
