namespace OneWindow.SocialWork.Domain.Plans;

public enum ActionStatus
{
    Open,
    Done,
    Dropped,
}
