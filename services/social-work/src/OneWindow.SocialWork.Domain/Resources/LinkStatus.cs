namespace OneWindow.SocialWork.Domain.Resources;

public enum LinkStatus
{
    Active,
    Completed,
    Ended,
}
