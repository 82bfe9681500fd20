namespace OneWindow.SocialWork.Domain.Cases;

public enum HousingStatus
{
    Unknown,
    Owned,
    PublicRental,
    PrivateRental,
    Unstable,
}
