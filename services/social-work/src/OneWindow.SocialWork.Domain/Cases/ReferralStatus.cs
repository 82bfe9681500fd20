namespace OneWindow.SocialWork.Domain.Cases;

public enum ReferralStatus
{
    Open,
    Accepted,
    Declined,
}
